import type { AppDeps } from "../../lib/http.js";
import { digest, hashPassword, verifyPassword } from "./accounts.crypto.js";
import { sendAccountMail } from "./accounts.mails.js";
import * as repo from "./accounts.repo.js";
import type { ProfileInput } from "./accounts.schema.js";
import { confirmEmail, issueToken, sendConfirmation } from "./accounts.service.js";

export type Outcome = "ok" | "wrong_password" | "invalid_link" | "email_taken";

/**
 * After the password or the address changed, every other way into the account ends: the other
 * sessions and the links mailed before (a reset link, a pending change of address). A
 * confirmation link stays when only the password changed: it opens nothing.
 */
async function endOtherWaysIn(
  deps: AppDeps,
  userId: number,
  keepSession: string | null | undefined,
  purposes: repo.TokenPurpose[],
): Promise<void> {
  const { db } = deps.database;
  await repo.revokeTokens(db, userId, purposes);
  await repo.deleteSessionsOf(db, userId, keepSession ?? undefined);
}

/** The queue of reset requests: the page queues one whatever the email, the worker does the rest. */
export const RESET_QUEUE = "accounts-reset";

/**
 * Takes a reset request. The answer must not tell whether the email has an account, by its words
 * or by its time: every request does the same work, queueing a job; the lookup and the mail happen
 * in the worker.
 */
export async function requestPasswordReset(deps: AppDeps, email: string): Promise<void> {
  await deps.jobs.send(RESET_QUEUE, { email }, { retryLimit: 3, retryDelaySeconds: 30 });
}

/** The worker's part: mails a reset link when the address has an account. */
export async function mailResetLink(deps: AppDeps, email: string): Promise<void> {
  const user = await repo.findUserByEmail(deps.database.db, email);
  if (!user) return;
  const token = await issueToken(deps, user.id, "reset");
  await sendAccountMail(deps, "reset", user, { link: `/password/reset/${token}` });
}

export async function isResetLinkValid(deps: AppDeps, token: string): Promise<boolean> {
  return Boolean(await repo.findValidToken(deps.database.db, digest(token), "reset"));
}

/** Sets a new password from a reset link and ends every session: whoever had the old one is out. */
export async function resetPassword(deps: AppDeps, token: string, password: string): Promise<Outcome> {
  const { db } = deps.database;
  const row = await repo.consumeToken(db, digest(token), "reset");
  if (!row) return "invalid_link";
  // Receiving the link proves the address, so an unconfirmed one is confirmed too.
  const user = await repo.findUserById(db, row.userId);
  await repo.updateUser(db, row.userId, {
    passwordHash: await hashPassword(password),
    emailConfirmedAt: user?.emailConfirmedAt ?? new Date(),
  });
  await endOtherWaysIn(deps, row.userId, null, ["reset", "change_email", "confirm"]);
  return "ok";
}

export async function updateProfile(deps: AppDeps, userId: number, input: ProfileInput): Promise<void> {
  await repo.updateUser(deps.database.db, userId, input);
}

async function checkPassword(deps: AppDeps, userId: number, password: string) {
  const user = await repo.findUserById(deps.database.db, userId);
  return user && (await verifyPassword(password, user.passwordHash)) ? user : undefined;
}

/**
 * Sends a confirmation link to the new address; the change applies when it is clicked. The old
 * address is told. A new address that belongs to someone else gets a warning instead of a link.
 */
export async function requestEmailChange(
  deps: AppDeps,
  userId: number,
  newEmail: string,
  password: string,
): Promise<Outcome> {
  const user = await checkPassword(deps, userId, password);
  if (!user) return "wrong_password";
  if (newEmail === user.email) return "ok";
  const owner = await repo.findUserByEmail(deps.database.db, newEmail);
  if (owner) {
    await sendAccountMail(deps, "alreadyRegistered", owner, { signin: "/signin", reset: "/password/forgot" });
    return "ok";
  }
  const token = await issueToken(deps, user.id, "change_email", newEmail);
  await sendAccountMail(deps, "changeEmail", { ...user, email: newEmail }, { link: `/confirm/${token}` });
  await sendAccountMail(
    deps,
    "emailChanging",
    { ...user, email: user.email },
    { account: "/account/password" },
  );
  return "ok";
}

/**
 * Applies an email change from its link; "email_taken" when the address was taken meanwhile.
 * Every other session and link ends; the browser that followed the link stays signed in.
 */
export async function applyEmailChange(
  deps: AppDeps,
  token: string,
  currentSession?: string | null,
): Promise<Outcome> {
  const { db } = deps.database;
  const row = await repo.consumeToken(db, digest(token), "change_email");
  if (!row?.newEmail) return "invalid_link";
  if (await repo.findUserByEmail(db, row.newEmail)) return "email_taken";
  try {
    await repo.updateUser(db, row.userId, { email: row.newEmail, emailConfirmedAt: new Date() });
  } catch {
    // The unique index refused it: someone registered the address between the check and the update.
    return "email_taken";
  }
  await endOtherWaysIn(deps, row.userId, currentSession, ["reset", "change_email", "confirm"]);
  return "ok";
}

/** Changes the password and ends every other session of the account, server-side. */
export async function changePassword(
  deps: AppDeps,
  userId: number,
  currentSession: string | null,
  current: string,
  next: string,
): Promise<Outcome> {
  const user = await checkPassword(deps, userId, current);
  if (!user) return "wrong_password";
  await repo.updateUser(deps.database.db, userId, { passwordHash: await hashPassword(next) });
  await endOtherWaysIn(deps, userId, currentSession, ["reset", "change_email"]);
  await sendAccountMail(deps, "passwordChanged", user, { reset: "/password/forgot" });
  return "ok";
}

/** Deletes the account; its sessions and links go with it (foreign keys cascade). */
export async function deleteAccount(deps: AppDeps, userId: number, password: string): Promise<Outcome> {
  const user = await checkPassword(deps, userId, password);
  if (!user) return "wrong_password";
  await repo.deleteUser(deps.database.db, userId);
  return "ok";
}

/** Follows an emailed confirmation link, whether it confirms an address or applies a new one. */
export async function followLink(
  deps: AppDeps,
  token: string,
  currentSession?: string | null,
): Promise<"confirmed" | "email_changed" | "email_taken" | "invalid_link"> {
  if (await confirmEmail(deps, token)) return "confirmed";
  const outcome = await applyEmailChange(deps, token, currentSession);
  return outcome === "ok" ? "email_changed" : outcome === "email_taken" ? "email_taken" : "invalid_link";
}

/** What the profile form shows. */
export async function getProfile(deps: AppDeps, userId: number) {
  const user = await repo.findUserById(deps.database.db, userId);
  return user && { name: user.name, jobTitle: user.jobTitle ?? "", locale: user.locale };
}

export async function resendConfirmation(deps: AppDeps, userId: number): Promise<void> {
  const user = await repo.findUserById(deps.database.db, userId);
  if (user && !user.emailConfirmedAt) await sendConfirmation(deps, user);
}
