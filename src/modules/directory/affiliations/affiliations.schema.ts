import { z } from "zod";
import { messageKeys } from "../../../lib/i18n/keys.js";

export const affiliationRoles = ["officer", "elected", "expert", "staff"] as const;
export const affiliationRoleLabel = messageKeys("affiliations.role", affiliationRoles);
export const affiliationRoleSchema = z.enum(affiliationRoles);

/** "place:12" or "organisation:3": what a person says they represent. */
const targetSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^(place|organisation):[1-9][0-9]{0,8}$/)
  .transform((value) => {
    const [kind, id] = value.split(":") as ["place" | "organisation", string];
    return { kind, id: Number(id) };
  });

export const affiliationForm = z.object({ target: targetSchema, role: affiliationRoleSchema });
export type AffiliationInput = z.infer<typeof affiliationForm>;

export const affiliationLabels = {
  target: "affiliations.field.target",
  role: "affiliations.field.role",
  q: "affiliations.field.q",
};
