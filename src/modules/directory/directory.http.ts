import type { FastifyRequest } from "fastify";
import { type ZodType, z } from "zod";
import { notFound } from "../../lib/errors.js";
import { localePath } from "../../lib/http.js";
import { pickTranslation } from "../../lib/i18n/index.js";
import { slugSchema } from "./directory.schema.js";

/**
 * The tables the directory's public pages are drawn from (a place's page names its focal points,
 * who are people with accounts, and whom they represent; the lists searched by name read the search's
 * documents): a change to any other table keeps them.
 */
export const publicTables = [
  "networks",
  "network_sections",
  "places",
  "organisations",
  "memberships",
  "focal_points",
  "affiliations",
  "users",
  "search_documents",
];

/** Pages that show every signed-out visitor the same thing: kept until the data changes. */
export const publicPage = { schema: { hide: true }, config: { publicCache: true } };
/** The same, for a page that reads these query parameters (any other is redirected away). */
export const publicPageWith = (query: ZodType) => ({
  schema: { hide: true },
  config: { publicCache: { query } },
});

/** A slug in a URL that cannot be one is simply a page that does not exist. */
export function slugParam(request: FastifyRequest): string {
  const parsed = slugSchema.safeParse((request.params as { slug?: string }).slug);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

const pageParams = z.object({
  slug: slugSchema,
  id: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});

/** A malformed slug or id in a page address is a page that does not exist. */
export function pageParamsOf(request: FastifyRequest): { slug: string; id: number } {
  const parsed = pageParams.safeParse(request.params);
  if (!parsed.success) throw notFound();
  return { slug: parsed.data.slug, id: parsed.data.id ?? 0 };
}

/** A name in the page's language, for titles and messages. */
export function nameIn(request: FastifyRequest, values: Partial<Record<string, string>>, original = "en") {
  return pickTranslation(values, request.locale, original).text;
}

/** What was typed in a refused search, to show back in its field: printable text only, at most 200 characters. */
export function searchedText(query: unknown): string | undefined {
  const q = (query as { q?: unknown } | undefined)?.q;
  if (typeof q !== "string") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  return q.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || undefined;
}

/** The page's address on this platform, in the reader's language. */
export function absoluteUrl(baseUrl: string, request: FastifyRequest, path: string): string {
  return baseUrl + localePath(request.locale, path);
}
