import type { Translations } from "../../db/columns.js";
import type { Translate } from "../../lib/i18n/index.js";
import { locales } from "../../lib/i18n/index.js";
import { messageKeys } from "../../lib/i18n/keys.js";
import type { FieldErrors } from "../../lib/validation.js";

/** The label of the text alternative in one language ("Text alternative in French"). */
export const altLabel = messageKeys("files.alt", locales);

/** The text-alternative fields of an image form, one per language, and the "decorative" box. */
export const altFields = { en: "altEn", fr: "altFr", es: "altEs" } as const;
export const decorativeField = "decorative";
const maxLength = 250;

export interface ImageText {
  /** Empty when the image is decoration. */
  alt: Translations;
  decorative: boolean;
}

/**
 * Reads the text alternative of an image from its form: required in at least one language unless
 * the image is said to be decoration (then its alt is empty, as it must be).
 */
export function readImageText(
  fields: Record<string, string>,
  t: Translate,
): { ok: true; text: ImageText } | { ok: false; errors: FieldErrors } {
  if (fields[decorativeField]) return { ok: true, text: { alt: {}, decorative: true } };
  const alt: Translations = {};
  const errors: FieldErrors = {};
  for (const lang of locales) {
    const name = altFields[lang];
    const value = (fields[name] ?? "").trim();
    if (value.length > maxLength)
      errors[name] = t("form.tooLong", { field: t(altLabel(lang)), max: maxLength });
    else if (value) alt[lang] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (Object.keys(alt).length === 0) return { ok: false, errors: { [altFields.en]: t("files.error.alt") } };
  return { ok: true, text: { alt, decorative: false } };
}
