import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { AffiliationRole } from "../affiliations/affiliations.repo.js";
import { affiliations } from "../affiliations/affiliations.tables.js";
import { networkRoles, networks } from "../networks/networks.tables.js";
import { places } from "../places/places.tables.js";
import { focalPoints, invitations, memberships } from "./memberships.tables.js";

export async function insertInvitation(
  db: Db,
  values: {
    tokenHash: string;
    email: string;
    networkId: number;
    placeId: number;
    invitedBy: number;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insert(invitations).values(values);
}

/** An invitation with what it is about and whether the place is still a member. */
export async function selectInvitation(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      invitation: invitations,
      network: networks,
      place: places,
      membershipStatus: memberships.status,
    })
    .from(invitations)
    .innerJoin(networks, eq(networks.id, invitations.networkId))
    .innerJoin(places, eq(places.id, invitations.placeId))
    .leftJoin(
      memberships,
      and(eq(memberships.networkId, invitations.networkId), eq(memberships.placeId, invitations.placeId)),
    )
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/**
 * Uses the invitation once: the guarded update lets one of two simultaneous acceptances through.
 * The user becomes the place's focal point and a member of the network, keeping an editor role,
 * and is affiliated to the place in the role they gave.
 */
export async function acceptInvitation(
  db: Db,
  tokenHash: string,
  userId: number,
  role: AffiliationRole,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()` })
      .where(
        and(
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .returning({ networkId: invitations.networkId, placeId: invitations.placeId });
    if (!used) return false;
    await tx.insert(focalPoints).values({ userId, placeId: used.placeId }).onConflictDoNothing();
    await tx
      .insert(affiliations)
      .values({ userId, placeId: used.placeId, role })
      .onConflictDoUpdate({ target: [affiliations.userId, affiliations.placeId], set: { role } });
    await tx
      .insert(networkRoles)
      .values({ userId, networkId: used.networkId, role: "member" })
      .onConflictDoNothing();
    return true;
  });
}

/** Deletes the invitations never accepted that expired before `before`; returns how many. */
export async function deleteExpiredInvitations(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(invitations)
    .where(and(isNull(invitations.acceptedAt), lt(invitations.expiresAt, before)))
    .returning({ id: invitations.id });
  return deleted.length;
}
