import type { PageContext } from "../../../../views/context.js";
import { Form } from "../../../../views/forms.js";

export type InvitationStep = "signIn" | "confirm" | "accepted" | "unknown" | "expired" | "used" | "ended";

/** Every step of a focal-point invitation link: sign in first, accept, done, or why it cannot be used. */
export function InvitationPage({
  ctx,
  step,
  title,
  names,
  token,
  placeSlug,
}: {
  ctx: PageContext;
  step: InvitationStep;
  title: string;
  names: { place: string; network: string };
  token: string;
  placeSlug?: string;
}) {
  const t = ctx.t;
  const self = ctx.url(`/invitations/${token}`);
  if (step === "unknown" || step === "expired" || step === "used" || step === "ended") {
    return (
      <>
        <h1>{title}</h1>
        <p>{t(`invitation.${step}`, names)}</p>
      </>
    );
  }
  if (step === "accepted") {
    return (
      <>
        <h1>{title}</h1>
        <p class="notice" role="status">
          {t("invitation.accepted.body", names)}
        </p>
        <p>
          <a href={ctx.url(`/places/${placeSlug}`)}>{t("invitation.goPlace", names)}</a>
        </p>
      </>
    );
  }
  const next = encodeURIComponent(self);
  return (
    <>
      <h1>{title}</h1>
      <p>{t("invitation.body", names)}</p>
      {step === "signIn" ? (
        <>
          <p>{t("invitation.signInFirst")}</p>
          <p>
            <a class="button" href={ctx.url(`/signin?next=${next}`)}>
              {t("invitation.signIn")}
            </a>{" "}
            <a class="button secondary" href={ctx.url(`/signup?next=${next}`)}>
              {t("invitation.signUp")}
            </a>
          </p>
        </>
      ) : (
        <Form ctx={ctx} action={self}>
          <button type="submit">{t("invitation.accept")}</button>
        </Form>
      )}
    </>
  );
}
