import { and, asc, eq, exists, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { users } from "../../accounts/accounts.tables.js";
import { networkRoles } from "../networks/networks.tables.js";
import { focalPoints, memberships } from "./memberships.tables.js";

export async function selectEditors(db: Db, networkId: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(networkRoles)
    .innerJoin(users, eq(users.id, networkRoles.userId))
    .where(and(eq(networkRoles.networkId, networkId), eq(networkRoles.role, "editor")))
    .orderBy(asc(users.name), asc(users.id));
}

export async function selectUserIdByEmail(db: Db, email: string): Promise<number | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return row?.id;
}

/** Makes the user an editor, whatever role they had in the network. */
export async function upsertEditor(db: Db, networkId: number, userId: number): Promise<void> {
  await db
    .insert(networkRoles)
    .values({ userId, networkId, role: "editor" })
    .onConflictDoUpdate({ target: [networkRoles.userId, networkRoles.networkId], set: { role: "editor" } });
}

/** A former editor who speaks for a member place stays a member; anyone else leaves the network's roles. */
export async function removeEditor(db: Db, networkId: number, userId: number): Promise<void> {
  const speaksForMember = exists(
    sql`(select 1 from ${focalPoints} f join ${memberships} m on m.place_id = f.place_id
      where f.user_id = ${userId} and m.network_id = ${networkId} and m.status = 'active')`,
  );
  const editorRole = and(
    eq(networkRoles.networkId, networkId),
    eq(networkRoles.userId, userId),
    eq(networkRoles.role, "editor"),
  );
  await db.transaction(async (tx) => {
    await tx.update(networkRoles).set({ role: "member" }).where(and(editorRole, speaksForMember));
    await tx.delete(networkRoles).where(editorRole);
  });
}
