import { and, eq, exists, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { networkRoles, networks } from "../networks/networks.tables.js";
import { focalPoints, memberships } from "./memberships.tables.js";

/** The accounts that edit a network; the accounts module names them. */
export async function selectEditorIds(db: Db, networkId: number): Promise<number[]> {
  const rows = await db
    .select({ userId: networkRoles.userId })
    .from(networkRoles)
    .where(and(eq(networkRoles.networkId, networkId), eq(networkRoles.role, "editor")));
  return rows.map((r) => r.userId);
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

/** The people holding a role (any, without `role`) in one network or any (without `networkId`). */
export async function selectRoleHolderIds(
  db: Db,
  filter: { role?: "editor" | "member"; networkId?: number },
): Promise<number[]> {
  const rows = await db
    .selectDistinct({ userId: networkRoles.userId })
    .from(networkRoles)
    .where(
      and(
        filter.role ? eq(networkRoles.role, filter.role) : undefined,
        filter.networkId ? eq(networkRoles.networkId, filter.networkId) : undefined,
      ),
    );
  return rows.map((r) => r.userId);
}

/** These people's roles, with the networks they hold them in. */
export async function selectRolesOf(db: Db, userIds: number[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: networkRoles.userId,
      role: networkRoles.role,
      network: {
        id: networks.id,
        slug: networks.slug,
        name: networks.name,
        originalLang: networks.originalLang,
      },
    })
    .from(networkRoles)
    .innerJoin(networks, eq(networks.id, networkRoles.networkId))
    .where(inArray(networkRoles.userId, userIds))
    .orderBy(networks.slug);
}
