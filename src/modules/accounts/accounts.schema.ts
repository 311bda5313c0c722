import { z } from "zod";
import { locales } from "../../lib/i18n/index.js";
import { text } from "../../lib/validation.js";

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((v) => v.toLowerCase());
const name = text().trim().min(1).max(120);
const newPassword = z.string().min(10).max(200);
const anyPassword = z.string().min(1).max(200);

/** The message key of each field's label, used to name the field in error messages. */
export const labels: Record<string, string> = {
  name: "accounts.field.name",
  email: "accounts.field.email",
  password: "accounts.field.password",
  confirm: "accounts.field.confirm",
  currentPassword: "accounts.field.currentPassword",
  newPassword: "accounts.field.newPassword",
  jobTitle: "accounts.field.jobTitle",
  locale: "accounts.field.locale",
};

const mismatch = { message: "accounts.error.confirmMismatch", path: ["confirm"] };

export const signUpSchema = z
  .object({ name, email, password: newPassword, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, mismatch);

/** A name and a new password: what an account needs when its address is already proven (an invitation). */
export const newAccountSchema = z.object({ name, password: newPassword });

export const signInSchema = z.object({ email, password: anyPassword, next: z.string().max(2000).optional() });

export const forgotSchema = z.object({ email });

export const resetSchema = z
  .object({ password: newPassword, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, mismatch);

export const profileSchema = z.object({
  name,
  jobTitle: text()
    .trim()
    .max(160)
    .transform((v) => v || null),
  locale: z.enum(locales),
});

export const changeEmailSchema = z.object({ email, currentPassword: anyPassword });

export const changePasswordSchema = z
  .object({ currentPassword: anyPassword, newPassword, confirm: z.string().max(200) })
  .refine((v) => v.newPassword === v.confirm, mismatch);

export const deleteSchema = z.object({ currentPassword: anyPassword });

export type SignUpInput = z.infer<typeof signUpSchema>;
export type ProfileInput = z.infer<typeof profileSchema>;
