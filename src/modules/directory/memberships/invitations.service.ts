import { createHash, randomBytes } from "node:crypto";
import { invalidInput, notFound } from "../../../lib/errors.js";
import { type AppDeps, type CurrentUser, localePath } from "../../../lib/http.js";
import { type Locale, pickTranslation, type Translate, translator } from "../../../lib/i18n/index.js";
import { findPersonByEmail } from "../../accounts/index.js";
import { queueMail } from "../../mail/index.js";
import { type NetworkView, presentNetwork } from "../networks/networks.presenters.js";
import { type PlaceView, presentPlace } from "../places/places.presenters.js";
import * as repo from "./invitations.repo.js";
import { selectMembershipDetail } from "./memberships.repo.js";
import { manageLabels } from "./memberships.schema.js";
import type { NetworkWithRole } from "./memberships.service.js";

/** How long an emailed invitation stays usable. */
export const invitationDays = 14;

const tokenPattern = /^[A-Za-z0-9_-]{32,64}$/;

function digest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Invites someone by email to become the focal point of a member place; only the link's hash is kept. */
export async function inviteFocalPoint(
  deps: AppDeps,
  options: {
    network: NetworkWithRole["network"];
    membership: { id: number; status: "active" | "ended" };
    email: string;
    inviter: CurrentUser;
    locale: Locale;
    t: Translate;
  },
): Promise<void> {
  const { network, email, t } = options;
  if (options.membership.status !== "active") {
    throw invalidInput({ email: t("manage.error.notMember", { field: t(manageLabels.email) }) });
  }
  const detail = await selectMembershipDetail(deps.database.db, options.membership.id);
  if (!detail) throw notFound();
  const db = deps.database.db;
  const token = randomBytes(32).toString("base64url");
  await repo.insertInvitation(db, {
    tokenHash: digest(token),
    email,
    networkId: network.id,
    placeId: detail.place.id,
    invitedBy: options.inviter.id,
    expiresAt: new Date(Date.now() + invitationDays * 86_400_000),
  });
  const known = await findPersonByEmail({ db, email });
  const locale = known?.locale ?? options.locale;
  const tr = translator(locale);
  const place = presentPlace(detail.place);
  const names = {
    place: pickTranslation(place.names, locale, place.originalLang).text,
    network: pickTranslation(network.name, locale, network.originalLang).text,
  };
  const link = `${deps.config.baseUrl}${localePath(locale, `/invitations/${token}`)}`;
  await queueMail(deps, {
    to: email,
    subject: tr("invitation.mail.subject", names),
    text: tr("invitation.mail.text", { ...names, inviter: options.inviter.name, link }),
  });
}

export type InvitationState = "valid" | "expired" | "used" | "ended";

export interface InvitationView {
  state: InvitationState;
  network: NetworkView;
  place: PlaceView;
}

/** What an invitation link leads to; not found for a link that never existed. */
export async function showInvitation(deps: AppDeps, token: string): Promise<InvitationView> {
  if (!tokenPattern.test(token)) throw notFound();
  const row = await repo.selectInvitation(deps.database.db, digest(token));
  if (!row) throw notFound();
  const { invitation } = row;
  const state: InvitationState = invitation.acceptedAt
    ? "used"
    : invitation.expiresAt.getTime() <= Date.now()
      ? "expired"
      : row.membershipStatus !== "active"
        ? "ended"
        : "valid";
  return { state, network: presentNetwork(row.network), place: presentPlace(row.place) };
}

/** Makes the user the place's focal point and a network member, or tells why the link cannot be used. */
export async function acceptFocalPointInvitation(
  deps: AppDeps,
  options: { token: string; user: CurrentUser },
): Promise<{ accepted: boolean; invitation: InvitationView }> {
  const before = await showInvitation(deps, options.token);
  if (before.state !== "valid") return { accepted: false, invitation: before };
  const accepted = await repo.acceptInvitation(deps.database.db, digest(options.token), options.user.id);
  if (!accepted) return { accepted: false, invitation: await showInvitation(deps, options.token) };
  return { accepted: true, invitation: before };
}

/** Forgets the email addresses of invitations left unaccepted a month past their expiry (a nightly job). */
export async function forgetExpiredInvitations(deps: AppDeps, now = new Date()): Promise<number> {
  return repo.deleteExpiredInvitations(deps.database.db, new Date(now.getTime() - 30 * 24 * 3600 * 1000));
}
