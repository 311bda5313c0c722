import type { PageContext } from "../../../../views/context.js";
import { acronymIn } from "../../directory.names.js";
import { Country, PlaceName, plainText } from "../../views/names.js";
import type { PlaceListItem } from "../places.service.js";

/** The directory's results: one row per place, with the networks it belongs to and its section in each. */
export function PlaceTable({ ctx, places }: { ctx: PageContext; places: PlaceListItem[] }) {
  const { t } = ctx;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{t("directory.results")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("directory.col.name")}</th>
            <th scope="col">{t("directory.col.country")}</th>
            <th scope="col">{t("directory.col.networks")}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <tr key={place.slug}>
              <th scope="row">
                <a href={ctx.url(`/places/${place.slug}`)}>
                  <PlaceName ctx={ctx} place={place} />
                </a>
              </th>
              <td>
                <Country ctx={ctx} code={place.country} />
              </td>
              <td>
                {place.memberships.map((m, i) => (
                  <>
                    {i > 0 && ", "}
                    <abbr title={plainText(ctx, m.network.name, m.network.originalLang)}>
                      {acronymIn(ctx.locale, m.network)}
                    </abbr>
                    {m.section && ` (${plainText(ctx, m.section.name, "en")})`}
                  </>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
