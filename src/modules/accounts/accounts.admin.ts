import { randomBytes } from "node:crypto";
import type { AppDeps } from "../../lib/http.js";
import { hashPassword } from "./accounts.crypto.js";
import { sendAccountMail } from "./accounts.mails.js";
import * as repo from "./accounts.repo.js";
import { createAccount } from "./accounts.service.js";

export interface AdminResult {
  email: string;
  created: boolean;
  /** Set when the password was generated here: shown once, never stored in clear. */
  generatedPassword?: string;
}

/** Makes the account with this email a confirmed platform admin, creating it when there is none. */
export async function createOrPromoteAdmin(
  deps: AppDeps,
  input: { email: string; name?: string; password?: string },
): Promise<AdminResult> {
  const email = input.email.trim().toLowerCase();
  const { db } = deps.database;
  const existing = await repo.findUserByEmail(db, email);
  if (existing) {
    await repo.updateUser(db, existing.id, {
      isAdmin: true,
      emailConfirmedAt: existing.emailConfirmedAt ?? new Date(),
      ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
      ...(input.name ? { name: input.name } : {}),
    });
    return { email, created: false };
  }
  const generatedPassword = input.password ? undefined : randomBytes(15).toString("base64url");
  const created = await createAccount(deps, {
    email,
    name: input.name ?? email.split("@")[0],
    password: input.password ?? (generatedPassword as string),
    isAdmin: true,
    confirmed: true,
  });
  if (!created) return createOrPromoteAdmin(deps, input);
  return { email, created: true, generatedPassword };
}

/**
 * Gives or takes a person's admin role, as an admin does from the list of people; a new admin is
 * told by mail, in their language. False when the person already had that role (or is gone).
 */
export async function setAdmin(
  deps: AppDeps,
  options: { userId: number; isAdmin: boolean },
): Promise<boolean> {
  const changed = await repo.updateAdminFlag(deps.database.db, options.userId, options.isAdmin);
  if (changed && options.isAdmin) await sendAccountMail(deps, "adminGranted", changed, { admin: "/admin" });
  return changed !== undefined;
}
