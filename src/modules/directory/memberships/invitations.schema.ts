import { z } from "zod";
import { emptyToUndefined } from "../../../lib/validation.js";
import { accountLabels, newAccountSchema } from "../../accounts/index.js";
import { affiliationRoleSchema } from "../affiliations/affiliations.schema.js";

/** The role at the place the focal point will represent; "officer" when the form does not say. */
const role = z.preprocess(emptyToUndefined, affiliationRoleSchema.default("officer"));

/** Accepting while signed in. */
export const acceptForm = z.object({ role });

/** Accepting without an account: the account's name and password, and the role, in one form. */
export const newcomerForm = newAccountSchema.extend({ role });

export const invitationLabels: Record<string, string> = { ...accountLabels, role: "affiliations.field.role" };
