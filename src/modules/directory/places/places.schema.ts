import { z } from "zod";
import { regions } from "../../../lib/countries.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { text } from "../../../lib/validation.js";
import { countrySchema, nameQuery, optional, slugSchema, translationsSchema } from "../directory.schema.js";

export const placeKinds = ["city", "region", "local_government"] as const;
export const placeKindLabel = messageKeys("directory.kind", placeKinds);
export type PlaceKind = (typeof placeKinds)[number];

/**
 * The directory's query string: every filter optional, an empty select meaning "any". A page
 * starts `after` the place that ended the one before it, or ends `before` the place that started
 * the one after it (slugs: stable addresses, and no page deep in the list walks the ones before it).
 */
export const placeFilterSchema = z.object({
  q: nameQuery,
  network: optional(slugSchema),
  section: optional(slugSchema),
  country: optional(countrySchema),
  region: optional(z.enum(regions)),
  kind: optional(z.enum(placeKinds)),
  after: optional(slugSchema),
  before: optional(slugSchema),
});
export type PlaceFilterInput = z.input<typeof placeFilterSchema>;
export type PlaceFilter = z.output<typeof placeFilterSchema>;

/**
 * The directory's form offers every network's sections, each as "network/section", so that a section
 * can be chosen without first choosing (and applying) its network: its network becomes the network
 * filter. A section of another network than the one chosen is left aside, as a bare one would be.
 */
export function withSectionNetwork(query: unknown): Record<string, unknown> {
  const q = { ...((query ?? {}) as Record<string, unknown>) };
  if (typeof q.section !== "string" || !q.section.includes("/")) return q;
  const [network, section] = q.section.split("/", 2);
  if (q.network && q.network !== network) return { ...q, section: undefined };
  return { ...q, network, section };
}

/** Field labels for validation messages, by field name. */
export const filterLabels: Record<string, string> = {
  q: "find.q",
  network: "directory.filter.network",
  section: "directory.filter.section",
  country: "directory.filter.country",
  region: "directory.filter.region",
  kind: "directory.filter.kind",
  after: "directory.filter.page",
  before: "directory.filter.page",
  page: "directory.filter.page",
};

export const placeInputSchema = z.object({
  slug: slugSchema.optional(),
  kind: z.enum(placeKinds).default("city"),
  name: text().min(1).max(200),
  names: translationsSchema.default({}),
  country: countrySchema,
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  population: z.number().int().min(0).nullish(),
  geonamesId: z.number().int().positive().nullish(),
});
export type PlaceInput = z.input<typeof placeInputSchema>;
