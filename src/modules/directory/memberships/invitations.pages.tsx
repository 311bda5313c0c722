import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../../lib/errors.js";
import { formValues } from "../../../lib/forms.js";
import type { AppDeps } from "../../../lib/http.js";
import { byAddress, limiter } from "../../../lib/rate-limit.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { signInBrowser } from "../../accounts/index.js";
import { networkNames, placeNames } from "../directory.names.js";
import { acceptForm, invitationLabels, newcomerForm } from "./invitations.schema.js";
import {
  acceptAsNewcomer,
  acceptFocalPointInvitation,
  type InvitationView,
  invitedHasAccount,
  showInvitation,
} from "./invitations.service.js";
import { InvitationPage, type InvitationStep } from "./views/InvitationPage.js";

const statusOf: Record<InvitationStep, number> = {
  signIn: 200,
  newcomer: 200,
  confirm: 200,
  accepted: 200,
  unknown: 404,
  expired: 410,
  used: 410,
  ended: 410,
};

interface FormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** Set when the account was made by this very form. */
  signedIn?: boolean;
}

function render(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  step: InvitationStep,
  invitation?: InvitationView,
  form: FormState = {},
) {
  const names = invitation
    ? {
        ...placeNames(request.locale, invitation.place),
        ...networkNames(request.locale, invitation.network),
      }
    : { place: "", network: "" };
  const title =
    step === "signIn" || step === "confirm" || step === "newcomer"
      ? request.t("invitation.title")
      : step === "accepted"
        ? request.t("invitation.accepted.title", names)
        : request.t("invitation.invalid.title");
  return sendPage(request, reply, {
    title,
    status: form.errors ? 422 : statusOf[step],
    body: (ctx) => (
      <InvitationPage
        ctx={ctx}
        step={step}
        title={title}
        names={names}
        token={token}
        email={invitation?.email}
        placeSlug={invitation?.place.slug}
        {...form}
      />
    ),
  });
}

async function find(deps: AppDeps, token: string): Promise<InvitationView | undefined> {
  try {
    return await showInvitation({ db: deps.database.db, token });
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") return undefined;
    throw err;
  }
}

/**
 * The link mailed to a future focal point. Signed in: accept. Without an account: one form makes
 * it (the address is the invited one) and accepts. With an account, signed out: sign in first.
 */
export function registerInvitationPages(app: FastifyInstance, deps: AppDeps) {
  // As many accounts as sign-up would allow from one address; the link itself is single use.
  const accepting = limiter(app, [{ name: "address", max: 20, minutes: 60, key: byAddress }]);

  app.get<{ Params: { token: string } }>("/invitations/:token", async (request, reply) => {
    const { token } = request.params;
    const invitation = await find(deps, token);
    if (!invitation) return render(request, reply, token, "unknown");
    if (invitation.state !== "valid") return render(request, reply, token, invitation.state, invitation);
    if (request.user) return render(request, reply, token, "confirm", invitation);
    const step = (await invitedHasAccount(deps, invitation)) ? "signIn" : "newcomer";
    return render(request, reply, token, step, invitation);
  });

  app.post<{ Params: { token: string } }>(
    "/invitations/:token",
    { preHandler: accepting.check },
    async (request, reply) => {
      const { token } = request.params;
      const invitation = await find(deps, token);
      if (!invitation) return render(request, reply, token, "unknown");
      if (!request.user) return acceptSignedOut(request, reply, token, invitation);
      const parsed = parseInput(acceptForm, request.body, request.t, invitationLabels);
      if (!parsed.ok) {
        const form = { values: formValues(request.body), errors: parsed.errors };
        return render(request, reply, token, "confirm", invitation, form);
      }
      const outcome = await acceptFocalPointInvitation(deps, {
        token,
        user: request.user,
        role: parsed.data.role,
      });
      const step = outcome.accepted ? "accepted" : outcome.invitation.state;
      return render(request, reply, token, step === "valid" ? "confirm" : step, outcome.invitation);
    },
  );

  async function acceptSignedOut(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    invitation: InvitationView,
  ) {
    if (invitation.state !== "valid") return render(request, reply, token, invitation.state, invitation);
    if (await invitedHasAccount(deps, invitation)) return render(request, reply, token, "signIn", invitation);
    const parsed = parseInput(newcomerForm, request.body, request.t, invitationLabels);
    if (!parsed.ok) {
      const form = { values: formValues(request.body), errors: parsed.errors };
      return render(request, reply, token, "newcomer", invitation, form);
    }
    const outcome = await acceptAsNewcomer(deps, { token, ...parsed.data, locale: request.locale });
    if (!outcome.user) return render(request, reply, token, "signIn", invitation);
    await signInBrowser(deps, request, reply, outcome.user);
    const step = outcome.accepted ? "accepted" : outcome.invitation.state;
    return render(request, reply, token, step === "valid" ? "confirm" : step, outcome.invitation, {
      signedIn: outcome.accepted,
    });
  }
}
