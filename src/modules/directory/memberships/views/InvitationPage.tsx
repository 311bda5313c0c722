import type { Params } from "../../../../lib/i18n/index.js";
import { messageKeys } from "../../../../lib/i18n/keys.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, SelectField } from "../../../../views/forms.js";
import { NameField, NewPasswordField } from "../../../accounts/index.js";
import { affiliationRoleLabel, affiliationRoles } from "../../affiliations/affiliations.schema.js";

const invitationRefusal = messageKeys("invitation", ["unknown", "expired", "used", "ended"]);

export type InvitationStep =
  | "signIn"
  | "newcomer"
  | "confirm"
  | "accepted"
  | "unknown"
  | "expired"
  | "used"
  | "ended";

/** The role the focal point will have at the place: officer unless they say otherwise. */
function RoleSelect({ ctx, value, errors }: { ctx: PageContext; value?: string; errors?: FieldErrors }) {
  return (
    <SelectField
      ctx={ctx}
      name="role"
      label={ctx.t("affiliations.field.role")}
      value={value || "officer"}
      options={affiliationRoles.map((r) => ({ value: r, label: ctx.t(affiliationRoleLabel(r)) }))}
      errors={errors}
    />
  );
}

/**
 * Every step of a focal-point invitation link: accept (signed in), create the account and accept
 * in one form (no account yet), sign in first (an account exists), done, or why it cannot be used.
 */
export function InvitationPage({
  ctx,
  step,
  title,
  names,
  token,
  email,
  placeSlug,
  values = {},
  errors,
  signedIn,
}: {
  ctx: PageContext;
  step: InvitationStep;
  title: string;
  names: Params;
  token: string;
  email?: string;
  placeSlug?: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  signedIn?: boolean;
}) {
  const t = ctx.t;
  const self = ctx.url(`/invitations/${token}`);
  if (step === "unknown" || step === "expired" || step === "used" || step === "ended") {
    return (
      <>
        <h1>{title}</h1>
        <p>{t(invitationRefusal(step), names)}</p>
      </>
    );
  }
  if (step === "accepted") {
    return (
      <>
        <h1>{title}</h1>
        <div class="notice" role="status" tabIndex={-1} data-autofocus>
          {signedIn && <p>{t("invitation.newcomer.done")}</p>}
          <p>{t("invitation.accepted.body", names)}</p>
        </div>
        <p>
          <a href={ctx.url(`/places/${placeSlug}`)}>{t("invitation.goPlace", names)}</a>
        </p>
      </>
    );
  }
  const next = encodeURIComponent(self);
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p>{t("invitation.body", names)}</p>
      {step === "signIn" && (
        <>
          <p>{t("invitation.hasAccount", { email: email ?? "" })}</p>
          <p>
            <a class="button" href={ctx.url(`/signin?next=${next}`)}>
              {t("invitation.signIn")}
            </a>
          </p>
        </>
      )}
      {step === "newcomer" && (
        <>
          <p>{t("invitation.newcomer.lead", { email: email ?? "" })}</p>
          <Form ctx={ctx} action={self}>
            <NameField ctx={ctx} value={values.name} errors={errors} />
            <NewPasswordField ctx={ctx} errors={errors} />
            <RoleSelect ctx={ctx} value={values.role} errors={errors} />
            <button type="submit">{t("invitation.newcomer.submit")}</button>
          </Form>
          <p>
            {t("invitation.newcomer.haveAccount")}{" "}
            <a href={ctx.url(`/signin?next=${next}`)}>{t("invitation.signIn")}</a>
          </p>
        </>
      )}
      {step === "confirm" && (
        <Form ctx={ctx} action={self}>
          <RoleSelect ctx={ctx} value={values.role} errors={errors} />
          <button type="submit">{t("invitation.accept")}</button>
        </Form>
      )}
    </>
  );
}
