import type { AppDeps } from "../../lib/http.js";
import type { Locale } from "../../lib/i18n/index.js";
import { formatDate } from "../../lib/i18n/index.js";
import { digest, randomToken } from "./accounts.crypto.js";
import type { UserRow } from "./accounts.repo.js";
import * as repo from "./tokens.repo.js";

/** Tokens start with this, so that one pasted somewhere it should not be is easy to recognise. */
const TOKEN_PREFIX = "cxp_";

export interface ApiTokenView {
  id: number;
  name: string;
  /** The token's first characters, to tell it apart. */
  prefix: string;
  created: string;
}

/** Whether a string has the shape of a token: anything else is refused before a query. */
export function isApiTokenShaped(token: string): boolean {
  return /^cxp_[\w-]{43}$/.test(token);
}

/** Creates a token and returns it: the only time it is ever shown. */
export async function createApiToken(
  deps: AppDeps,
  { userId, name }: { userId: number; name: string },
): Promise<{ token: string; id: number }> {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row = await repo.insertApiToken(deps.database.db, {
    userId,
    name,
    tokenHash: digest(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
  });
  return { token, id: row.id };
}

export async function listApiTokens(
  deps: AppDeps,
  { userId, locale }: { userId: number; locale: Locale },
): Promise<ApiTokenView[]> {
  const rows = await repo.selectApiTokensOf(deps.database.db, userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    created: formatDate(locale, r.createdAt),
  }));
}

/** Revokes one of the person's tokens; false when they have no such token. */
export async function revokeApiToken(deps: AppDeps, { userId, id }: { userId: number; id: number }) {
  return repo.deleteApiToken(deps.database.db, userId, id);
}

/** The person a token belongs to, if it is a live token. */
export async function resumeApiToken(deps: AppDeps, token: string): Promise<UserRow | undefined> {
  if (!isApiTokenShaped(token)) return undefined;
  return repo.findTokenUser(deps.database.db, digest(token));
}
