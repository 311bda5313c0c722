import type { Module } from "../../lib/http.js";
import { fixedPages } from "../../lib/sitemap.js";
import { sendPage } from "../../views/page.js";
import { type OpenApiDocument, operationsOf } from "./api.docs.js";
import { messages } from "./api.messages.js";
import { DocsPage } from "./views/DocsPage.js";

export * from "./api.schemas.js";

/** The generated document, keeping only the API's paths: pages that forgot `hide` stay out of it. */
function publicDocument(generated: unknown): OpenApiDocument {
  const doc = generated as OpenApiDocument;
  const paths = Object.entries(doc.paths ?? {}).filter(([path]) => path.startsWith("/api/v1/"));
  return { ...doc, paths: Object.fromEntries(paths) };
}

export const apiModule: Module = {
  name: "api",
  messages,
  // The API's description is drawn from the code, not the data.
  pageTables: [],
  sitemap: [fixedPages("api", ["/api/docs"])],
  routes(app, { config }) {
    app.get(
      "/api/openapi.json",
      { schema: { hide: true }, config: { publicCache: true } },
      (_request, reply) =>
        reply.header("access-control-allow-origin", "*").send(publicDocument(app.swagger())),
    );

    app.get("/api/docs", { schema: { hide: true }, config: { publicCache: true } }, (request, reply) => {
      const operations = operationsOf(publicDocument(app.swagger()), config.baseUrl);
      return sendPage(request, reply, {
        title: request.t("api.docs.title"),
        description: request.t("api.docs.lead"),
        body: (ctx) => <DocsPage ctx={ctx} operations={operations} />,
      });
    });
  },
};
