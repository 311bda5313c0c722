import { z } from "zod";
import { emptyToUndefined, text } from "../../lib/validation.js";

/** The optional comment a form sends beside a change, kept in the audit trail. */
export const commentField = z.preprocess(
  emptyToUndefined,
  text({ multiline: true }).trim().max(1000).optional(),
);

/** Its label, for validation messages. */
export const commentLabel = "audit.field.comment";
