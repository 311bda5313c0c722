import { z } from "zod";

/** A kind as modules name it: "place", "network", "practice"... */
export const kindSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/** What the search page and the API read from the query string. */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  kind: kindSchema.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export type SearchQueryInput = z.infer<typeof searchQuerySchema>;

/** The labels of the query string's fields, for error messages. */
export const searchLabels = { q: "search.field", kind: "search.kindField", page: "search.pageField" };
