import type { FieldErrors } from "../../../lib/validation.js";
import type { PageContext } from "../../../views/context.js";
import { TextField } from "../../../views/forms.js";

/** A person's name, as every form that makes or edits an account asks it. */
export function NameField({
  ctx,
  value,
  errors,
}: {
  ctx: PageContext;
  value?: string | null;
  errors?: FieldErrors;
}) {
  return (
    <TextField
      ctx={ctx}
      name="name"
      label={ctx.t("accounts.field.name")}
      value={value ?? undefined}
      autocomplete="name"
      maxLength={120}
      errors={errors}
    />
  );
}

/** A password being chosen, with the rule it must meet as its hint (sign-up, reset, change, a new account from an invitation). */
export function NewPasswordField({
  ctx,
  errors,
  name = "password",
  label = "accounts.field.password",
}: {
  ctx: PageContext;
  errors?: FieldErrors;
  name?: string;
  label?: "accounts.field.password" | "accounts.field.newPassword";
}) {
  return (
    <TextField
      ctx={ctx}
      name={name}
      type="password"
      label={ctx.t(label)}
      hint={ctx.t("accounts.hint.newPassword")}
      autocomplete="new-password"
      errors={errors}
    />
  );
}
