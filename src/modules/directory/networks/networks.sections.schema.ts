import { z } from "zod";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { emptyToUndefined, text } from "../../../lib/validation.js";
import { commentField, commentLabel } from "../../audit/index.js";
import { sectionKinds } from "./networks.schema.js";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const name = text().trim().max(200);

export const sectionKindLabel = messageKeys("sections.kind", sectionKinds);
export const sectionFieldLabel = messageKeys("sections.field", ["nameEn", "nameFr", "nameEs", "kind"]);

/** A section's names in three languages; the English one also makes its web address name. */
export const sectionForm = z.object({
  nameEn: name.min(1),
  nameFr: optional(name),
  nameEs: optional(name),
  kind: z.enum(sectionKinds).default("other"),
  comment: commentField,
});
export type SectionForm = z.output<typeof sectionForm>;

/** Removing a section only takes a comment. */
export const removeSectionForm = z.object({ removalComment: commentField });

export const sectionLabels: Record<string, string> = {
  nameEn: "sections.field.nameEn",
  nameFr: "sections.field.nameFr",
  nameEs: "sections.field.nameEs",
  kind: "sections.field.kind",
  comment: commentLabel,
  removalComment: commentLabel,
};

/** "Latin America & Caribbean" → "latin-america-caribbean". */
export function sectionSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/g, "") || "section"
  );
}
