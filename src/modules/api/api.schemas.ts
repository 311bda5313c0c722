import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { locales } from "../../lib/i18n/index.js";

/** What every failed API call answers, with the HTTP status that matches its code. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z
        .enum([
          "not_found",
          "forbidden",
          "unauthenticated",
          "invalid_input",
          "conflict",
          "rate_limited",
          "internal",
        ])
        .describe("Stable machine-readable code; the HTTP status follows from it."),
      message: z.string().describe("What went wrong, in the language of the request."),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe("For invalid input: each bad field (or query parameter) with a message naming it."),
    }),
  })
  .describe("An error");

/** The error answers every read route can give: unknown thing, bad query. */
export const readErrors = { 404: apiErrorSchema, 422: apiErrorSchema } as const;

/** `?lang=` chooses the language of error messages; Accept-Language is used otherwise. */
export const langParam = z
  .enum(locales)
  .optional()
  .describe("Language of error messages (en, fr or es). Defaults to the Accept-Language header.");

/** Page pagination: the API's one way to page through a list. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe("Page number, from 1."),
  perPage: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe("Items per page, from 1 to 100 (default 20)."),
};

export const pageMetaSchema = z
  .object({
    page: z.number().int().describe("This page's number, from 1."),
    perPage: z.number().int().describe("Items per page."),
    total: z.number().int().describe("Items matching the filters, on all pages."),
    pages: z.number().int().describe("Number of pages (0 when nothing matches)."),
  })
  .describe("Where this page sits in the whole list");

export const pageLinksSchema = z
  .object({
    self: z.string().describe("This page."),
    first: z.string().describe("The first page."),
    prev: z.string().nullable().describe("The previous page, or null on the first."),
    next: z.string().nullable().describe("The next page, or null on the last."),
    last: z.string().describe("The last page."),
  })
  .describe("Links to neighbouring pages, with the same filters");

/** A list answer: `data`, `meta` and `links`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item).describe("The items of this page."),
    meta: pageMetaSchema,
    links: pageLinksSchema,
  });
}

export type PageMeta = z.infer<typeof pageMetaSchema>;
export type PageLinks = z.infer<typeof pageLinksSchema>;

/** Builds `meta` and `links` for a page of a list, keeping the request's other query parameters. */
export function pageInfo(
  request: FastifyRequest,
  paging: { page: number; perPage: number },
  total: number,
): { meta: PageMeta; links: PageLinks } {
  const pages = Math.ceil(total / paging.perPage);
  const path = request.url.split("?")[0];
  const query = new URLSearchParams(request.url.includes("?") ? request.url.split("?")[1] : "");
  const at = (page: number) => {
    query.set("page", String(page));
    query.set("perPage", String(paging.perPage));
    return `${path}?${query.toString()}`;
  };
  const last = Math.max(pages, 1);
  return {
    meta: { page: paging.page, perPage: paging.perPage, total, pages },
    links: {
      self: at(paging.page),
      first: at(1),
      prev: paging.page > 1 ? at(Math.min(paging.page - 1, last)) : null,
      next: paging.page < pages ? at(paging.page + 1) : null,
      last: at(last),
    },
  };
}

/** Content in several languages, keyed by language code; clients choose which to show. */
export const translationsSchema = z
  .record(z.string(), z.string().optional())
  .describe("The text in each language it exists in, keyed by language code (en, fr, es...).");
