import type { Block } from "../../views/blocks.js";
import { Figures } from "../../views/Figures.js";
import { selectPlatformFigures } from "./directory.home.repo.js";
import { listNetworks } from "./networks/networks.service.js";
import { NetworkCards } from "./networks/views/NetworkPages.js";

/** The directory on the platform's home page: its figures, then its networks. One statement each. */
export const directoryBlocks: Block[] = [
  {
    name: "directory.figures",
    on: ["home"],
    order: 10,
    tables: ["networks", "organisations", "memberships", "places"],
    async render({ deps, page, kept }) {
      // Counted over every membership: kept until they change, not counted at every render.
      const figures = await kept("figures", () => selectPlatformFigures(deps.database.db));
      if (figures.networks === 0) return null;
      const { t } = page;
      const items = [
        { value: figures.networks, label: t("directory.home.networks", { count: figures.networks }) },
        { value: figures.cities, label: t("directory.home.cities", { count: figures.cities }) },
        { value: figures.countries, label: t("directory.home.countries", { count: figures.countries }) },
      ];
      if (figures.organisations > 0) {
        const count = figures.organisations;
        items.push({ value: count, label: t("directory.home.organisations", { count }) });
      }
      return <Figures ctx={page} label={t("directory.home.figures")} items={items} />;
    },
  },
  {
    name: "directory.networks",
    on: ["home"],
    order: 20,
    tables: ["networks"],
    async render({ deps, page }) {
      const networks = await listNetworks({ db: deps.database.db });
      if (networks.length === 0) return null;
      return (
        <section aria-labelledby="home-networks">
          <h2 id="home-networks">{page.t("directory.home.networksTitle")}</h2>
          <NetworkCards ctx={page} networks={networks} heading="h3" />
          <p>
            <a href={page.url("/networks")}>{page.t("directory.home.allNetworks")}</a>
          </p>
        </section>
      );
    },
  },
];
