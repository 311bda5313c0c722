import { z } from "zod";
import { locales } from "../../../lib/i18n/index.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { nameArticles } from "../../../lib/i18n/names.js";
import { text } from "../../../lib/validation.js";
import { language, longTranslations, slugSchema, translationsSchema } from "../directory.schema.js";

/** The article a network's name takes in each language ("" for none): see lib/i18n/names.ts. */
export const networkArticlesSchema = z.object({
  en: z.enum(nameArticles.en).optional(),
  fr: z.enum(nameArticles.fr).optional(),
  es: z.enum(nameArticles.es).optional(),
});

export const sectionKinds = ["field", "region", "other"] as const;
/** "7 creative fields", "4 regions": how many sections a network has, by their one kind. */
export const sectionFigure = messageKeys("directory.figures", sectionKinds);
export type SectionKind = (typeof sectionKinds)[number];

export const networkInputSchema = z.object({
  slug: slugSchema,
  acronym: text().min(1).max(40),
  acronyms: z.partialRecord(z.enum(locales), text().min(1).max(40)).default({}),
  name: translationsSchema,
  articles: networkArticlesSchema.default({}),
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
