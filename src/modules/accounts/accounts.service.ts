import type { AppDeps } from "../../lib/http.js";
import type { Locale } from "../../lib/i18n/index.js";
import { digest, hashPassword, randomToken, verifyNothing, verifyPassword } from "./accounts.crypto.js";
import { sendAccountMail } from "./accounts.mails.js";
import * as repo from "./accounts.repo.js";
import type { SignUpInput } from "./accounts.schema.js";

const DAY = 24 * 3600 * 1000;
export const SESSION_DAYS = 30;
const TOKEN_LIFETIME = { confirm: 7 * DAY, reset: DAY / 24, change_email: DAY } as const;

/** Creates an account; undefined when the email is taken. For sign-up, the CLI and test factories. */
export async function createAccount(
  deps: AppDeps,
  input: {
    email: string;
    name: string;
    password: string;
    locale?: Locale;
    isAdmin?: boolean;
    confirmed?: boolean;
  },
): Promise<repo.UserRow | undefined> {
  return repo.insertUser(deps.database.db, {
    email: input.email.trim().toLowerCase(),
    name: input.name,
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? "en",
    isAdmin: input.isAdmin ?? false,
    emailConfirmedAt: input.confirmed ? new Date() : null,
  });
}

/** Issues a one-time link token; only its digest is stored. */
export async function issueToken(
  deps: AppDeps,
  userId: number,
  purpose: repo.TokenPurpose,
  newEmail?: string,
): Promise<string> {
  const token = randomToken();
  await repo.revokeTokens(deps.database.db, userId, [purpose]);
  await repo.insertToken(deps.database.db, {
    tokenHash: digest(token),
    userId,
    purpose,
    newEmail,
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME[purpose]),
  });
  return token;
}

/**
 * Signs a newcomer up and mails a confirmation link. A known address gets a mail telling its owner
 * instead, and the caller answers the same either way, so the form reveals no one's account.
 */
export async function signUp(deps: AppDeps, input: SignUpInput, locale: Locale): Promise<void> {
  const user = await createAccount(deps, { ...input, locale });
  if (!user) {
    const owner = await repo.findUserByEmail(deps.database.db, input.email);
    if (owner)
      await sendAccountMail(deps, "alreadyRegistered", owner, {
        signin: "/signin",
        reset: "/password/forgot",
      });
    return;
  }
  await sendConfirmation(deps, user);
}

export async function sendConfirmation(deps: AppDeps, user: repo.UserRow): Promise<void> {
  const token = await issueToken(deps, user.id, "confirm");
  await sendAccountMail(deps, "confirm", user, { link: `/confirm/${token}` });
}

/** Confirms the address a link was sent to; false when the link is unknown, used or expired. */
export async function confirmEmail(deps: AppDeps, token: string): Promise<boolean> {
  const row = await repo.consumeToken(deps.database.db, digest(token), "confirm");
  if (!row) return false;
  await repo.updateUser(deps.database.db, row.userId, { emailConfirmedAt: new Date() });
  return true;
}

/** The account with this email and password; the same time is spent when there is none. */
export async function authenticate(
  deps: AppDeps,
  email: string,
  password: string,
): Promise<repo.UserRow | undefined> {
  const user = await repo.findUserByEmail(deps.database.db, email);
  if (!user) return void (await verifyNothing(password));
  return (await verifyPassword(password, user.passwordHash)) ? user : undefined;
}

/** Opens a new session (a new id at every sign-in) and returns the cookie's token. */
export async function startSession(deps: AppDeps, userId: number): Promise<string> {
  const token = randomToken();
  await repo.insertSession(deps.database.db, {
    id: digest(token),
    userId,
    expiresAt: new Date(Date.now() + SESSION_DAYS * DAY),
  });
  return token;
}

export async function endSession(deps: AppDeps, sessionId: string): Promise<void> {
  await repo.deleteSession(deps.database.db, sessionId);
}

/** The user behind a session cookie's token, with the session's id. */
export async function resumeSession(
  deps: AppDeps,
  token: string,
): Promise<{ user: repo.UserRow; sessionId: string } | undefined> {
  const sessionId = digest(token);
  const user = await repo.findSessionUser(deps.database.db, sessionId);
  return user && { user, sessionId };
}
