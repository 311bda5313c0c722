import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../../lib/errors.js";
import { type AppDeps, requireUser } from "../../../lib/http.js";
import { sendPage } from "../../../views/page.js";
import { nameIn } from "../directory.http.js";
import { acceptFocalPointInvitation, type InvitationView, showInvitation } from "./invitations.service.js";
import { InvitationPage, type InvitationStep } from "./views/InvitationPage.js";

const statusOf: Record<InvitationStep, number> = {
  signIn: 200,
  confirm: 200,
  accepted: 200,
  unknown: 404,
  expired: 410,
  used: 410,
  ended: 410,
};

function render(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  step: InvitationStep,
  invitation?: InvitationView,
) {
  const names = invitation
    ? {
        place: nameIn(request, invitation.place.names, invitation.place.originalLang),
        network: nameIn(request, invitation.network.name, invitation.network.originalLang),
      }
    : { place: "", network: "" };
  const title =
    step === "signIn" || step === "confirm"
      ? request.t("invitation.title")
      : step === "accepted"
        ? request.t("invitation.accepted.title", names)
        : request.t("invitation.invalid.title");
  return sendPage(request, reply, {
    title,
    status: statusOf[step],
    body: (ctx) => (
      <InvitationPage
        ctx={ctx}
        step={step}
        title={title}
        names={names}
        token={token}
        placeSlug={invitation?.place.slug}
      />
    ),
  });
}

async function find(deps: AppDeps, token: string): Promise<InvitationView | undefined> {
  try {
    return await showInvitation(deps, token);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") return undefined;
    throw err;
  }
}

/** The link mailed to a future focal point: sign in or sign up, then accept. */
export function registerInvitationPages(app: FastifyInstance, deps: AppDeps) {
  app.get<{ Params: { token: string } }>("/invitations/:token", async (request, reply) => {
    const { token } = request.params;
    const invitation = await find(deps, token);
    if (!invitation) return render(request, reply, token, "unknown");
    if (invitation.state !== "valid") return render(request, reply, token, invitation.state, invitation);
    return render(request, reply, token, request.user ? "confirm" : "signIn", invitation);
  });

  app.post<{ Params: { token: string } }>("/invitations/:token", async (request, reply) => {
    const user = requireUser(request);
    const { token } = request.params;
    if (!(await find(deps, token))) return render(request, reply, token, "unknown");
    const outcome = await acceptFocalPointInvitation(deps, { token, user: user });
    const step = outcome.accepted ? "accepted" : outcome.invitation.state;
    return render(request, reply, token, step === "valid" ? "confirm" : step, outcome.invitation);
  });
}
