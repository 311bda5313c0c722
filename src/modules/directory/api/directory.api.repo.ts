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
 * One page of memberships with the slugs of what they link, and the number matching counted up to
 * `countUpTo` (a bounded count: never more index entries than that). The page's ids are chosen
 * first, through the (network, id) or (place, id) index, so only they are joined.
 */
export async function selectMembershipList(
  db: Db,
  q: MembershipQuery,
  { limit, offset, countUpTo }: { limit: number; offset: number; countUpTo: number },
) {
  const where = conditions(q);
  const page = db
    .select({ id: memberships.id })
    .from(memberships)
    .where(where)
    .orderBy(asc(memberships.id))
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
      total:
        sql<number>`(select count(*) from (select 1 from ${memberships} where ${where ?? sql`true`} limit ${countUpTo}) as "matching")`.mapWith(
          Number,
        ),
    })
    .from(page)
    .innerJoin(memberships, eq(memberships.id, page.id))
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .innerJoin(places, eq(places.id, memberships.placeId))
    .leftJoin(networkSections, eq(networkSections.id, memberships.sectionId))
    .orderBy(asc(page.id));
  return { rows, total: rows[0]?.total };
}

/** The number of memberships matching, counted up to `upTo` when given. */
export async function countMemberships(db: Db, q: MembershipQuery, upTo?: number): Promise<number> {
  if (upTo !== undefined) {
    const matching = db
      .select({ one: sql`1` })
      .from(memberships)
      .where(conditions(q))
      .limit(upTo)
      .as("matching");
    const [row] = await db.select({ n: count() }).from(matching);
    return row?.n ?? 0;
  }
  const [row] = await db.select({ n: count() }).from(memberships).where(conditions(q));
  return row?.n ?? 0;
}
