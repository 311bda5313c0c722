import fastJson from "fast-json-stringify";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { errorCodes } from "./errors.js";
import { type Catalogue, locales } from "./i18n/index.js";

/**
 * The pieces every module's JSON API is built from, so that a new module's routes follow the same
 * conventions without writing them again: the error shape, pages of a list, the language
 * parameter, decimal ids, translations, and the serializer that writes answers from their schema.
 * The HTTP side (authentication, caching, CORS, errors of the framework) is in `api-http.ts`.
 */

/** What every failed API call answers, with the HTTP status that matches its code. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).describe("Stable machine-readable code; the HTTP status follows from it."),
      message: z.string().describe("What went wrong, in the language of the request."),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe("For invalid input: each bad field (or query parameter) with a message naming it."),
    }),
  })
  .meta({ id: "Error", description: "An error" });

/** The error answers every read route can give: unknown thing, bad query. */
export const readErrors = { 400: apiErrorSchema, 404: apiErrorSchema, 422: apiErrorSchema } as const;

/** The error answers every write can give, on top of its own. */
export const writeErrors = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  413: apiErrorSchema,
  415: apiErrorSchema,
  422: apiErrorSchema,
} as const;

/** `?lang=` chooses the language of error messages; Accept-Language is used otherwise. */
export const langParam = z.enum(locales).optional();

/**
 * A whole number in a URL, written in decimal digits only: `0x10`, `1e1`, ` 16` and `+16` are not
 * 16 but mistakes, answered with 422 naming the parameter. Documented as an integer.
 */
export function decimalParam(min: number, max: number) {
  return z
    .string()
    .refine((s) => /^[0-9]{1,10}$/.test(s), "form.number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .meta({ type: "integer", minimum: min, maximum: max });
}

/** Page pagination: the API's one way to page through a list. */
export const pageQuery = {
  page: decimalParam(1, 100_000).default(1),
  perPage: decimalParam(1, 100).default(20),
};

/** A record's id in a path: decimal digits only. */
export const idParam = decimalParam(1, 2_147_483_647);

export const pageMetaSchema = z
  .object({
    page: z.number().int().describe("This page's number, from 1."),
    perPage: z.number().int().describe("Items per page."),
    total: z.number().int().describe("Items matching the filters, on all pages."),
    pages: z.number().int().describe("Number of pages (0 when nothing matches)."),
  })
  .meta({ id: "PageMeta", description: "Where this page sits in the whole list" });

export const pageLinksSchema = z
  .object({
    self: z.string().describe("This page."),
    first: z.string().describe("The first page."),
    prev: z.string().nullable().describe("The previous page, or null on the first."),
    next: z.string().nullable().describe("The next page, or null on the last."),
    last: z.string().describe("The last page."),
  })
  .meta({ id: "PageLinks", description: "Links to neighbouring pages, with the same filters" });

/** A list answer, `data`, `meta` and `links`, named in the document's components (`PlacePage`...). */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item).describe("The items of this page."),
      meta: pageMetaSchema,
      links: pageLinksSchema,
    })
    .meta({ id, description: "One page of a list" });
}

/** A single record's answer, `{ data }`, named in the document's components. */
export function itemSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: item }).meta({ id });
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

/**
 * A module's part of the API document. `tags` are the OpenAPI tags its operations use. `texts` is
 * an en/fr/es catalogue, keyed per operation so that no two modules share a text:
 * `tag.<tag>` (the tag's title), `<operationId>.summary`, `<operationId>.description` (optional),
 * `<operationId>.param.<name>` for each of its parameters. They are registered under `api.`; the
 * English ones are written into the OpenAPI document, the others shown by the docs page.
 */
/** The title of an API tag a module declares, among the API texts (`tag.<tag>` in its manifest). */
export function apiTagKey(tag: string): string {
  return `api.tag.${tag}`;
}

export interface ModuleApi {
  tags: string[];
  texts: Catalogue;
}

/**
 * Writes an answer from its JSON Schema (fast-json-stringify), compiled once per route and status,
 * instead of checking every answer against its zod schema: the schema says which fields leave, and
 * a handler's extra fields are dropped. Types are checked by the compiler and the tests.
 */
export function serializerCompiler({ schema }: { schema: unknown }): (data: unknown) => string {
  const json = z.toJSONSchema(schema as z.ZodType, {
    io: "output",
    target: "draft-07",
    unrepresentable: "any",
    reused: "inline",
    cycles: "ref",
    // No ids: everything inline, so the compiled serializer needs no reference resolution.
    metadata: z.registry(),
  });
  return fastJson(json as Parameters<typeof fastJson>[0]);
}
