import { and, asc, count, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { networkRoles, networks } from "../networks/networks.tables.js";
import { places } from "../places/places.tables.js";
import { focalPoints, invitations, memberships } from "./memberships.tables.js";

/** The networks a person holds a role in, with the role. */
export async function selectNetworksOf(db: Db, userId: number) {
  return db
    .select({ network: networks, role: networkRoles.role })
    .from(networkRoles)
    .innerJoin(networks, eq(networks.id, networkRoles.networkId))
    .where(eq(networkRoles.userId, userId))
    .orderBy(asc(networks.slug));
}

/** Invitations sent and still usable, per network. */
export async function countPendingInvitations(db: Db, networkIds: number[]) {
  if (networkIds.length === 0) return [];
  return db
    .select({ networkId: invitations.networkId, n: count() })
    .from(invitations)
    .where(
      and(
        inArray(invitations.networkId, networkIds),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .groupBy(invitations.networkId);
}

/**
 * Current members that nobody speaks for in the network (no focal point holding a role in it), per
 * network: how many, and the first `sample` of them by name.
 */
export async function selectMembersWithoutFocalPoint(db: Db, networkIds: number[], sample: number) {
  if (networkIds.length === 0) return [];
  const spokenFor = sql`exists (select 1 from ${focalPoints} f join ${networkRoles} r
    on r.user_id = f.user_id and r.network_id = ${memberships.networkId} where f.place_id = ${memberships.placeId})`;
  const ranked = db
    .select({
      networkId: memberships.networkId,
      membershipId: sql<number>`${memberships.id}`.as("membership_id"),
      place: sql<string>`${places.name}`.as("place_name"),
      names: sql<Record<string, string>>`${places.names}`.as("place_names"),
      n: sql<number>`row_number() over (partition by ${memberships.networkId} order by ${places.name}, ${memberships.id})`.as(
        "n",
      ),
      total: sql<number>`count(*) over (partition by ${memberships.networkId})`.as("total"),
    })
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .where(
      and(
        inArray(memberships.networkId, networkIds),
        eq(memberships.status, "active"),
        sql`not ${spokenFor}`,
      ),
    )
    .as("ranked");
  return db.select().from(ranked).where(sql`${ranked.n} <= ${sample}`);
}
