import type { Module } from "../../lib/http.js";
import { fixedPages } from "../../lib/sitemap.js";
import { sendPage } from "../../views/page.js";
import { messages } from "./home.messages.js";

export const homeModule: Module = {
  name: "home",
  messages,
  sitemap: [fixedPages("home", ["/"])],
  routes(app) {
    app.get("/", { schema: { hide: true }, config: { publicCache: true } }, (request, reply) =>
      sendPage(request, reply, {
        title: request.t("home.title"),
        description: request.t("home.lead"),
        body: (ctx) => (
          <>
            <h1>{ctx.t("home.title")}</h1>
            <p class="lead">{ctx.t("home.lead")}</p>
            <p>
              <a href={ctx.url("/directory")}>{ctx.t("home.explore")}</a>
            </p>
          </>
        ),
      }),
    );
  },
};
