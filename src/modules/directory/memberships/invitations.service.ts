import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../../db/client.js";
import { invalidInput, notFound } from "../../../lib/errors.js";
import { type AppDeps, type CurrentUser, localePath } from "../../../lib/http.js";
import { type Locale, type Translate, translator } from "../../../lib/i18n/index.js";
import { createAccount, findPersonByEmail } from "../../accounts/index.js";
import { queueMail } from "../../mail/index.js";
import type { AffiliationRole } from "../affiliations/affiliations.repo.js";
import { networkNames, placeNames } from "../directory.names.js";
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
  const names = { ...placeNames(locale, place), ...networkNames(locale, network) };
  const link = `${deps.config.baseUrl}${localePath(locale, `/invitations/${token}`)}`;
  await queueMail(deps, {
    to: email,
    subject: tr("invitation.mail.subject", names),
    text: tr("invitation.mail.text", { ...names, inviter: options.inviter.name, link }),
  });
}

type NewAccount = NonNullable<Awaited<ReturnType<typeof createAccount>>>;

export type InvitationState = "valid" | "expired" | "used" | "ended";

export interface InvitationView {
  state: InvitationState;
  network: NetworkView;
  place: PlaceView;
  /** The address the link was sent to: following the link proves it. */
  email: string;
}

/** What an invitation link leads to; not found for a link that never existed. */
export async function showInvitation({ db, token }: { db: Db; token: string }): Promise<InvitationView> {
  if (!tokenPattern.test(token)) throw notFound();
  const row = await repo.selectInvitation(db, digest(token));
  if (!row) throw notFound();
  const { invitation } = row;
  const state: InvitationState = invitation.acceptedAt
    ? "used"
    : invitation.expiresAt.getTime() <= Date.now()
      ? "expired"
      : row.membershipStatus !== "active"
        ? "ended"
        : "valid";
  return {
    state,
    network: presentNetwork(row.network),
    place: presentPlace(row.place),
    email: invitation.email,
  };
}

/** Makes the user the place's focal point and a network member, or tells why the link cannot be used. */
export async function acceptFocalPointInvitation(
  deps: AppDeps,
  options: { token: string; user: Pick<CurrentUser, "id">; role: AffiliationRole },
): Promise<{ accepted: boolean; invitation: InvitationView }> {
  const before = await showInvitation({ db: deps.database.db, token: options.token });
  if (before.state !== "valid") return { accepted: false, invitation: before };
  const db = deps.database.db;
  const accepted = await repo.acceptInvitation(db, digest(options.token), options.user.id, options.role);
  if (!accepted)
    return {
      accepted: false,
      invitation: await showInvitation({ db: deps.database.db, token: options.token }),
    };
  return { accepted: true, invitation: before };
}

/** Whether an account already uses the address an invitation was sent to: its owner signs in to accept. */
export async function invitedHasAccount(deps: AppDeps, invitation: InvitationView): Promise<boolean> {
  return (await findPersonByEmail({ db: deps.database.db, email: invitation.email })) !== undefined;
}

/**
 * Accepts an invitation for someone without an account, in one step: the account is made with the
 * invited address, already confirmed (the link proves it), then the invitation is accepted.
 * `user` is undefined when an account took the address first: its owner must sign in.
 */
export async function acceptAsNewcomer(
  deps: AppDeps,
  options: { token: string; name: string; password: string; role: AffiliationRole; locale: Locale },
): Promise<{ accepted: boolean; invitation: InvitationView; user?: NewAccount }> {
  const before = await showInvitation({ db: deps.database.db, token: options.token });
  if (before.state !== "valid") return { accepted: false, invitation: before };
  const user = await createAccount(deps, {
    email: before.email,
    name: options.name,
    password: options.password,
    locale: options.locale,
    confirmed: true,
  });
  if (!user) return { accepted: false, invitation: before };
  const outcome = await acceptFocalPointInvitation(deps, { token: options.token, user, role: options.role });
  return { ...outcome, user };
}

/** Forgets the email addresses of invitations left unaccepted a month past their expiry (a nightly job). */
export async function forgetExpiredInvitations({
  db,
  now = new Date(),
}: {
  db: Db;
  now?: Date;
}): Promise<number> {
  return repo.deleteExpiredInvitations(db, new Date(now.getTime() - 30 * 24 * 3600 * 1000));
}
