import type { Module } from "../../lib/module.js";
import { fixedPages } from "../../lib/sitemap.js";
import { sendPage } from "../../views/page.js";
import { type DocOperation, type OpenApiDocument, operationsOf } from "./api.docs.js";
import { messages } from "./api.messages.js";
import { DocsPage } from "./views/DocsPage.js";

/** The API's description: the OpenAPI document for programs, and a page for people, each built once. */
export const apiModule: Module = {
  name: "api",
  messages,
  // The API's description is drawn from the code, not the data.
  pageTables: [],
  sitemap: [fixedPages("api", ["/api/docs"])],
  routes(app, { config }) {
    // Built once, when every module's routes are known (a missing text stops the start here),
    // then kept: the routes cannot change while the process runs.
    let operations: DocOperation[] = [];
    let document = "";
    app.addHook("onReady", async () => {
      document = JSON.stringify(app.swagger());
      operations = operationsOf(app.swagger() as unknown as OpenApiDocument, config.baseUrl);
    });

    app.get(
      "/api/openapi.json",
      { schema: { hide: true }, config: { publicCache: true } },
      (_request, reply) => reply.type("application/json; charset=utf-8").send(document),
    );

    app.get("/api/docs", { schema: { hide: true }, config: { publicCache: true } }, (request, reply) => {
      const list = operations;
      return sendPage(request, reply, {
        title: request.t("api.docs.title"),
        description: request.t("api.docs.lead"),
        body: (ctx) => <DocsPage ctx={ctx} operations={list} />,
      });
    });
  },
};
