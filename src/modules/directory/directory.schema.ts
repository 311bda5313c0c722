import { z } from "zod";
import { isCountryCode, regions } from "../../lib/countries.js";
import { emptyToUndefined, text } from "../../lib/validation.js";

export const placeKinds = ["city", "region", "local_government"] as const;
export const sectionKinds = ["field", "region", "other"] as const;
export const organisationKinds = [
  "un_agency",
  "university",
  "ngo",
  "company",
  "city_network",
  "national_government",
] as const;
export type PlaceKind = (typeof placeKinds)[number];
export type SectionKind = (typeof sectionKinds)[number];
export type OrganisationKind = (typeof organisationKinds)[number];

export const slugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

export const countrySchema = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine(isCountryCode, "directory.error.country");

const language = z
  .string()
  .regex(/^[a-z]{2,3}$/)
  .default("en");

/** The directory's query string: every filter optional, an empty select meaning "any". */
export const placeFilterSchema = z.object({
  network: optional(slugSchema),
  section: optional(slugSchema),
  country: optional(countrySchema),
  region: optional(z.enum(regions)),
  kind: optional(z.enum(placeKinds)),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type PlaceFilterInput = z.input<typeof placeFilterSchema>;
export type PlaceFilter = z.output<typeof placeFilterSchema>;

/** Field labels for validation messages, by field name. */
export const filterLabels: Record<string, string> = {
  network: "directory.filter.network",
  section: "directory.filter.section",
  country: "directory.filter.country",
  region: "directory.filter.region",
  kind: "directory.filter.kind",
  page: "directory.filter.page",
};

export const pageSchema = z.object({
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

const translationsSchema = z.record(z.string().regex(/^[a-z]{2,3}$/), text().max(4000));
const longTranslations = z.record(z.string().regex(/^[a-z]{2,3}$/), text({ multiline: true }).max(4000));

export const networkInputSchema = z.object({
  slug: slugSchema,
  acronym: text().min(1).max(40),
  name: translationsSchema,
  description: longTranslations.default({}),
  originalLang: language,
  website: z.url().max(500).nullish(),
  logoPath: text().max(500).nullish(),
  logoAlt: translationsSchema.default({}),
  foundedYear: z.number().int().min(1800).max(2200).nullish(),
  sections: z
    .array(z.object({ slug: slugSchema, kind: z.enum(sectionKinds), name: translationsSchema }))
    .default([]),
});
export type NetworkInput = z.input<typeof networkInputSchema>;

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

export const organisationInputSchema = z.object({
  slug: slugSchema,
  acronym: text().max(40).nullish(),
  name: translationsSchema,
  description: longTranslations.default({}),
  originalLang: language,
  kind: z.enum(organisationKinds),
  country: countrySchema.nullish(),
  website: z.url().max(500).nullish(),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const membershipInputSchema = z.object({
  network: slugSchema,
  place: slugSchema,
  section: slugSchema.nullish(),
  sinceYear: z.number().int().min(1800).max(2200).nullish(),
  status: z.enum(["active", "ended"]).default("active"),
});
export type MembershipInput = z.input<typeof membershipInputSchema>;
