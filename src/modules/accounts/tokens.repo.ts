import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { UserRow } from "./accounts.repo.js";
import { apiTokens, users } from "./accounts.tables.js";

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(
  db: Db,
  values: { userId: number; name: string; tokenHash: string; prefix: string },
): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row;
}

/** A person's tokens, oldest first, without their hashes. */
export async function selectApiTokensOf(db: Db, userId: number) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.id));
}

/** Deletes one of a person's tokens; false when they have no such token. */
export async function deleteApiToken(db: Db, userId: number, id: number): Promise<boolean> {
  const deleted = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, id)))
    .returning({ id: apiTokens.id });
  return deleted.length > 0;
}

/** The owner of a token, by the token's hash: one query per request that sends one. */
export async function findTokenUser(db: Db, tokenHash: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row?.user;
}
