import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../lib/http.js";
import { parseInput } from "../../lib/validation.js";
import { sendPage } from "../../views/page.js";
import { searchLabels, searchQuerySchema } from "./search.schema.js";
import { type SearchResults, searchPlatform } from "./search.service.js";
import { SearchPage } from "./views/SearchPage.js";

/** Each kind's best results on the first view; one kind's results a page at a time. */
export const hitsPerKind = 5;
export const hitsPerPage = 20;

export function registerSearchPages(app: FastifyInstance, { database }: AppDeps): void {
  const db = database.db;
  const cached = { publicCache: { query: searchQuerySchema } };
  app.get("/search", { schema: { hide: true }, config: cached }, async (request, reply) => {
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const parsed = parseInput(searchQuerySchema, request.query, request.t, searchLabels);
    const empty: SearchResults = { query: "", groups: [], hits: [], total: 0, more: false };
    if (!parsed.ok) {
      return sendPage(request, reply, {
        title: request.t("search.title"),
        status: 422,
        body: (ctx) => (
          <SearchPage
            ctx={ctx}
            query={typeof raw.q === "string" ? raw.q : ""}
            results={empty}
            page={1}
            perPage={hitsPerPage}
            errors={parsed.errors}
          />
        ),
      });
    }
    const { q, kind, page } = parsed.data;
    const results = await searchPlatform({
      db,
      text: q,
      locale: request.locale,
      kind,
      offset: kind ? (page - 1) * hitsPerPage : 0,
      limit: kind ? hitsPerPage : hitsPerKind,
    });
    return sendPage(request, reply, {
      title: q ? request.t("search.titleFor", { query: q }) : request.t("search.title"),
      description: request.t("search.lead"),
      body: (ctx) => (
        <SearchPage ctx={ctx} query={q} results={results} kind={kind} page={page} perPage={hitsPerPage} />
      ),
    });
  });
}
