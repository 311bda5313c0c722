import { z } from "zod";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { text } from "../../../lib/validation.js";
import {
  countrySchema,
  language,
  longTranslations,
  slugSchema,
  translationsSchema,
} from "../directory.schema.js";

export const organisationKinds = [
  "un_agency",
  "university",
  "ngo",
  "company",
  "city_network",
  "national_government",
] as const;
export const organisationKindLabel = messageKeys("directory.organisation.kind", organisationKinds);
export type OrganisationKind = (typeof organisationKinds)[number];

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
