import { z } from "zod";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { emptyToUndefined, text } from "../../../lib/validation.js";
import { commentField, commentLabel } from "../../audit/index.js";
import { slugSchema } from "../directory.schema.js";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const name = text().trim().max(200);
const acronym = text().trim().max(40);
const article = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(emptyToUndefined, z.enum(values).optional());
const description = text({ multiline: true }).trim().max(4000);

/** The network form of admins and editors: its names and descriptions in three languages. */
export const networkForm = z.object({
  acronym: text().trim().min(1).max(40),
  acronymFr: optional(acronym),
  acronymEs: optional(acronym),
  nameEn: name.min(1),
  nameFr: optional(name),
  nameEs: optional(name),
  articleEn: article(["the"]),
  articleFr: article(["le", "la", "l", "les"]),
  articleEs: article(["el", "la", "los", "las"]),
  descriptionEn: optional(description),
  descriptionFr: optional(description),
  descriptionEs: optional(description),
  website: optional(
    z
      .url()
      .max(500)
      .regex(/^https?:\/\//, "form.url"),
  ),
  comment: commentField,
});
export type NetworkForm = z.output<typeof networkForm>;

/** Creating a network also chooses its address, which then never changes. */
export const newNetworkForm = networkForm.extend({ slug: slugSchema.max(60) });

export const networkFieldLabel = messageKeys("networks.field", [
  "acronym",
  "acronymFr",
  "acronymEs",
  "nameEn",
  "nameFr",
  "nameEs",
  "articleEn",
  "articleFr",
  "articleEs",
  "descriptionEn",
  "descriptionFr",
  "descriptionEs",
  "website",
]);

export const networkLabels: Record<string, string> = {
  slug: "networks.field.slug",
  acronym: "networks.field.acronym",
  acronymFr: "networks.field.acronymFr",
  acronymEs: "networks.field.acronymEs",
  articleEn: "networks.field.articleEn",
  articleFr: "networks.field.articleFr",
  articleEs: "networks.field.articleEs",
  nameEn: "networks.field.nameEn",
  nameFr: "networks.field.nameFr",
  nameEs: "networks.field.nameEs",
  descriptionEn: "networks.field.descriptionEn",
  descriptionFr: "networks.field.descriptionFr",
  descriptionEs: "networks.field.descriptionEs",
  website: "networks.field.website",
  logo: "networks.field.logo",
  comment: commentLabel,
};
