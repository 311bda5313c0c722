import { and, asc, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { apiTokens, emailTokens, sessions, users } from "./accounts.tables.js";

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type TokenPurpose = (typeof emailTokens.$inferSelect)["purpose"];

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Inserts unless the email is taken; returns undefined when it is. */
export async function insertUser(db: Db, values: NewUser): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateUser(db: Db, id: number, values: Partial<NewUser>): Promise<void> {
  await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id));
}

export async function deleteUser(db: Db, id: number): Promise<void> {
  await db.delete(users).where(eq(users.id, id));
}

export async function insertSession(db: Db, values: { id: string; userId: number; expiresAt: Date }) {
  await db.insert(sessions).values(values);
}

/** The session's user, when the session exists and has not expired: one query per signed-in request. */
export async function findSessionUser(db: Db, sessionId: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date())));
  return row?.user;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * Ends every way into an account but the browser that made the change: its other sessions and
 * all its personal API tokens. Whatever ends sessions (a new password, a reset...) ends tokens too.
 */
export async function deleteSessionsOf(db: Db, userId: number, except?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? ne(sessions.id, except) : undefined));
  await db.delete(apiTokens).where(eq(apiTokens.userId, userId));
}

export async function countSessionsOf(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return Number(row?.n ?? 0);
}

export async function insertToken(
  db: Db,
  values: { tokenHash: string; userId: number; purpose: TokenPurpose; newEmail?: string; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values(values);
}

/** Marks a valid, unused token as used and returns it: a link works once, even under concurrent clicks. */
export async function consumeToken(db: Db, tokenHash: string, purpose: TokenPurpose) {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return row;
}

/** A valid, unused token, without using it: to show the reset form before the new password is sent. */
export async function findValidToken(db: Db, tokenHash: string, purpose: TokenPurpose) {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    );
  return row;
}

/**
 * Ends a user's unused links of these purposes: an earlier link when a new one is sent, and every
 * pending link when the password or the address changes.
 */
export async function revokeTokens(db: Db, userId: number, purposes: TokenPurpose[]): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(eq(emailTokens.userId, userId), inArray(emailTokens.purpose, purposes), isNull(emailTokens.usedAt)),
    );
}

/** The people with these ids, by name then id. */
export async function selectPeople(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, ids))
    .orderBy(asc(users.name), asc(users.id));
}

/** Sets the admin flag; the row when it changed, undefined when it already had that value or is gone. */
export async function updateAdminFlag(db: Db, id: number, isAdmin: boolean) {
  const [row] = await db
    .update(users)
    .set({ isAdmin, updatedAt: new Date() })
    .where(and(eq(users.id, id), ne(users.isAdmin, isAdmin)))
    .returning({ id: users.id, name: users.name, email: users.email, locale: users.locale });
  return row;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A page of people by name (then id), after the person `after`: keyset paging, so a deep page
 * costs what the first does and nothing counts every row. `q` is part of a name (accents
 * forgiven) or of an address;
 * `ids` and `admins` narrow the list.
 */
export async function selectPeoplePage(
  db: Db,
  filter: { q?: string; ids?: number[]; admins?: boolean; after?: number; limit: number },
) {
  const like = filter.q ? `%${escapeLike(filter.q.toLowerCase())}%` : undefined;
  const conditions = [
    // Accents forgiven as on the search page: "lopez" finds "López".
    like
      ? sql`(cx_unaccent(lower(${users.name})) like cx_unaccent(${like}) or ${users.email} like ${like})`
      : undefined,
    filter.ids ? inArray(users.id, filter.ids) : undefined,
    filter.admins ? eq(users.isAdmin, true) : undefined,
    filter.after
      ? sql`(lower(${users.name}), ${users.id}) > (select lower(u.name), u.id from ${users} u where u.id = ${filter.after})`
      : undefined,
  ];
  if (filter.ids?.length === 0) return [];
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      isAdmin: users.isAdmin,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(sql`lower(${users.name})`, asc(users.id))
    .limit(filter.limit);
}
