import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { langParam, pageInfo, pageQuery, pageSchema, readErrors } from "../../lib/api.js";
import type { AppDeps } from "../../lib/http.js";
import { kindSchema } from "./search.schema.js";
import { searchPlatform } from "./search.service.js";

const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .meta({ examples: ["Kutahya"] }),
  kind: kindSchema.optional().meta({ examples: ["place"] }),
  ...pageQuery,
  lang: langParam,
});

const hitSchema = z
  .object({
    kind: z.string().describe("What the result is: place, network, organisation..."),
    key: z.string().describe("The result's key within its kind."),
    url: z.string().describe("Where it is read on this site, in the asked language."),
    title: z.string(),
    summary: z.string(),
    lang: z.string().describe("The language of title and summary: the asked one, or the original."),
    translated: z.boolean().describe("Whether the title is in the asked language."),
  })
  .meta({ id: "SearchResult", description: "A search result" });

const answerSchema = pageSchema(hitSchema, "SearchResultPage")
  .extend({
    more: z
      .boolean()
      .describe("Whether there are more results than `meta.total` says: counts stop at 1,000 per kind."),
    kinds: z
      .array(z.object({ kind: z.string(), total: z.number().int(), more: z.boolean() }))
      .describe("Every kind that matched, best match first, with its number of results (up to 1,000)."),
  })
  .meta({ id: "SearchAnswer", description: "A page of search results, with the kinds that matched" });

/** `/api/v1/search`: the results of all kinds ranked together, or of one kind, a page at a time. */
export function registerSearchApi(fastify: FastifyInstance, { database }: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/v1/search",
    {
      config: { publicCache: true },
      schema: {
        operationId: "search",
        tags: ["search"],
        querystring: searchQuery,
        response: { 200: answerSchema, ...readErrors },
      },
    },
    async (request) => {
      const { q, kind, page, perPage } = request.query;
      const results = await searchPlatform({
        db: database.db,
        text: q,
        locale: request.locale,
        kind,
        merged: kind === undefined,
        offset: (page - 1) * perPage,
        limit: perPage,
      });
      const group = results.groups.find((g) => g.kind === kind);
      const hits = kind === undefined ? results.hits : (group?.hits ?? []);
      const total = kind === undefined ? results.total : (group?.total ?? 0);
      const more = kind === undefined ? results.more : (group?.more ?? false);
      return {
        data: hits,
        ...pageInfo(request, { page, perPage }, total),
        more,
        kinds: results.groups.map((g) => ({ kind: g.kind, total: g.total, more: g.more })),
      };
    },
  );
}
