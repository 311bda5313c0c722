import { and, asc, count, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { memberships } from "../memberships/memberships.tables.js";
import { networkSections, networks } from "../networks/networks.tables.js";
import { places } from "../places/places.tables.js";

/** The membership list's filters once slugs are resolved to ids. */
export interface MembershipQuery {
  networkId?: number;
  placeId?: number;
  sectionId?: number;
  status?: (typeof memberships.status.enumValues)[number];
}

function conditions(q: MembershipQuery): SQL | undefined {
  return and(
    q.networkId !== undefined ? eq(memberships.networkId, q.networkId) : undefined,
    q.placeId !== undefined ? eq(memberships.placeId, q.placeId) : undefined,
    q.sectionId !== undefined ? eq(memberships.sectionId, q.sectionId) : undefined,
    q.status ? eq(memberships.status, q.status) : undefined,
  );
}

/**
 * One page of memberships with the slugs of what they link, and the total matching. The page's ids
 * are chosen first, so only they are joined; the total is an uncorrelated subquery, computed once.
 */
export async function selectMembershipList(db: Db, q: MembershipQuery, limit: number, offset: number) {
  const where = conditions(q);
  // With a filter, sort the matches (found through their index) rather than walk the primary key:
  // the planner assumes matches are spread evenly, but a network's members are mostly added together.
  const order = where ? sql`${memberships.id} + 0` : asc(memberships.id);
  const page = db
    .select({ id: memberships.id })
    .from(memberships)
    .where(where)
    .orderBy(order)
    .limit(limit)
    .offset(offset)
    .as("page");
  const rows = await db
    .select({
      id: memberships.id,
      network: networks.slug,
      place: places.slug,
      section: networkSections.slug,
      sinceYear: memberships.sinceYear,
      status: memberships.status,
      endedAt: memberships.endedAt,
      total: sql<number>`(select count(*) from ${memberships} where ${where ?? sql`true`})`.mapWith(Number),
    })
    .from(page)
    .innerJoin(memberships, eq(memberships.id, page.id))
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .innerJoin(places, eq(places.id, memberships.placeId))
    .leftJoin(networkSections, eq(networkSections.id, memberships.sectionId))
    .orderBy(asc(page.id));
  return { rows, total: rows[0]?.total };
}

export async function countMemberships(db: Db, q: MembershipQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(conditions(q));
  return row?.n ?? 0;
}
