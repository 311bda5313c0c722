import { z } from "zod";
import { isCountryCode } from "../../lib/countries.js";
import { emptyToUndefined, text } from "../../lib/validation.js";

// Rules shared by the directory's sub-domains.

export const slugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

export const countrySchema = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine(isCountryCode, "directory.error.country");

/** A name to look for, as typed; the platform's search matches it, forgiving accents and typos. */
export const nameQuery = optional(text().trim().max(200));

/** A list searched by name only (networks). */
export const nameSearchSchema = z.object({ q: nameQuery });

export const pageSchema = z.object({
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

/** A numbered list searched by name (organisations). */
export const namePageSchema = pageSchema.extend({ q: nameQuery });

export const translationsSchema = z.record(z.string().regex(/^[a-z]{2,3}$/), text().max(4000));
export const longTranslations = z.record(
  z.string().regex(/^[a-z]{2,3}$/),
  text({ multiline: true }).max(4000),
);

/** The language a record's own texts are written in. */
export const language = z
  .string()
  .regex(/^[a-z]{2,3}$/)
  .default("en");
