import type { FastifyInstance } from "fastify";
import { type AppDeps, requireUser } from "../../../lib/http.js";
import type { Block } from "../../../views/blocks.js";
import { sendPage } from "../../../views/page.js";
import { listMyNetworks } from "./my-networks.service.js";
import { MyNetworksPage } from "./views/MyNetworksPage.js";

/** "My networks": the home of an editor (what needs attention) or a member. */
export function registerMyNetworksPage(app: FastifyInstance, deps: AppDeps) {
  app.get("/account/networks", async (request, reply) => {
    const user = requireUser(request);
    const networks = await listMyNetworks({ db: deps.database.db, userId: user.id });
    return sendPage(request, reply, {
      title: request.t("mine.title"),
      body: (ctx) => <MyNetworksPage ctx={ctx} networks={networks} />,
    });
  });
}

/** On the account page of anyone holding a role in a network: the way to "My networks". */
export const myNetworksBlock: Block = {
  name: "directory.my-networks",
  on: ["account"],
  order: 5,
  tables: ["network_roles"],
  async render({ deps, page }) {
    if (!page.user) return null;
    const networks = await listMyNetworks({ db: deps.database.db, userId: page.user.id });
    if (networks.length === 0) return null;
    const attention = networks.reduce(
      (sum, n) => sum + (n.attention ? n.attention.pendingInvitations + n.attention.withoutFocalPoint : 0),
      0,
    );
    return (
      <section aria-labelledby="account-networks">
        <h2 id="account-networks">{page.t("mine.title")}</h2>
        {attention > 0 && <p>{page.t("mine.attention", { count: attention })}</p>}
        <p>
          <a href={page.url("/account/networks")}>{page.t("mine.open")}</a>
        </p>
      </section>
    );
  },
};
