import { z } from "zod";
import { emptyToUndefined } from "../../lib/validation.js";

/** The optional comment a form sends beside a change, kept in the audit trail. */
export const commentField = z.preprocess(emptyToUndefined, z.string().trim().max(1000).optional());

/** Its label, for validation messages. */
export const commentLabel = "audit.field.comment";
