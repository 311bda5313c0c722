import type { Module } from "../../lib/module.js";
import { fixedPages } from "../../lib/sitemap.js";
import { blockTables, renderBlocks } from "../../views/blocks.js";
import { pageContext, sendPage } from "../../views/page.js";
import { messages } from "./home.messages.js";

export const homeModule: Module = {
  name: "home",
  messages,
  sitemap: [fixedPages("home", ["/"])],
  routes(app, deps) {
    // The page is what the modules' blocks draw: kept until a table one of them reads changes.
    const publicCache = { tables: blockTables("home") };
    app.get("/", { schema: { hide: true }, config: { publicCache } }, async (request, reply) => {
      const blocks = await renderBlocks("home", { deps, page: pageContext(request, reply) });
      return sendPage(request, reply, {
        title: request.t("home.title"),
        description: request.t("home.lead"),
        body: (ctx) => (
          <>
            <h1>{ctx.t("home.title")}</h1>
            <p class="lead">{ctx.t("home.lead")}</p>
            {blocks}
            <p>
              <a href={ctx.url("/directory")}>{ctx.t("home.explore")}</a>
            </p>
          </>
        ),
      });
    });
  },
};
