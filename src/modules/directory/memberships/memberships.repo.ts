import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Locale } from "../../../lib/i18n/index.js";
import { networkRoles, networkSections, networks } from "../networks/networks.tables.js";
import { placeSortKey } from "../places/places.repo.js";
import { foldedName, places } from "../places/places.tables.js";
import { memberships } from "./memberships.tables.js";

export type MembershipRow = typeof memberships.$inferSelect;
export type NetworkRole = (typeof networkRoles.$inferSelect)["role"];

/** A network and the user's role in it, in one statement: every editor page starts here. */
export async function selectNetworkWithRole(db: Db, slug: string, userId: number) {
  const [row] = await db
    .select({ network: networks, role: networkRoles.role })
    .from(networks)
    .leftJoin(networkRoles, and(eq(networkRoles.networkId, networks.id), eq(networkRoles.userId, userId)))
    .where(eq(networks.slug, slug))
    .limit(1);
  return row;
}

/** The membership of a place in a network, current or ended, if there is one. */
export async function selectMembershipOfPlace(db: Db, networkId: number, placeId: number) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), eq(memberships.placeId, placeId)))
    .limit(1);
  return row;
}

/** A membership, locked until the end of the transaction so no one changes it meanwhile. */
export async function selectMembershipForUpdate(db: Db, id: number) {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id)).for("update");
  return row;
}

/** A membership with its network and the user's role there, in one statement. */
export async function selectMembershipWithRole(db: Db, id: number, userId: number) {
  const [row] = await db
    .select({ membership: memberships, network: networks, role: networkRoles.role })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .leftJoin(networkRoles, and(eq(networkRoles.networkId, networks.id), eq(networkRoles.userId, userId)))
    .where(eq(memberships.id, id))
    .limit(1);
  return row;
}

const listed = {
  membership: memberships,
  place: places,
  section: { slug: networkSections.slug, kind: networkSections.kind, name: networkSections.name },
  total: sql<number>`count(*) over()`.mapWith(Number),
};

/** Current members first, then former ones, each by the place's name in `locale`; the total rides on each row. */
export async function selectMembershipsPage(
  db: Db,
  networkId: number,
  limit: number,
  offset: number,
  locale: Locale,
) {
  const rows = await db
    .select(listed)
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .leftJoin(networkSections, eq(networkSections.id, memberships.sectionId))
    .where(eq(memberships.networkId, networkId))
    .orderBy(asc(memberships.status), asc(placeSortKey(locale)), asc(memberships.id))
    .limit(limit)
    .offset(offset);
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function selectMembershipDetail(db: Db, id: number) {
  const [row] = await db
    .select(listed)
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .leftJoin(networkSections, eq(networkSections.id, memberships.sectionId))
    .where(eq(memberships.id, id));
  return row;
}

/** Places whose name in any language contains `text`, with their status in the network if any. */
export async function searchPlaces(db: Db, networkId: number, text: string, limit: number) {
  // Folded on both sides: "thies" finds Thiès, "saint etienne" Saint-Étienne. Folding turns % and _
  // into spaces, so the pattern needs no escaping.
  const pattern = sql`'%' || ${foldedName(text)} || '%'`;
  return db
    .select({ place: places, status: memberships.status })
    .from(places)
    .leftJoin(memberships, and(eq(memberships.placeId, places.id), eq(memberships.networkId, networkId)))
    .where(
      sql`(${places.nameKey} like ${pattern}
        or exists (select 1 from jsonb_each_text(${places.names}) n where ${foldedName(sql`n.value`)} like ${pattern}))`,
    )
    .orderBy(sql`${places.population} desc nulls last`, asc(places.name), asc(places.id))
    .limit(limit);
}

/**
 * Adds a place to a network, or brings back its ended membership. Returns nothing when the place
 * is already an active member: the unique (network, place) index settles concurrent adds.
 */
export async function upsertMembership(
  db: Db,
  values: { networkId: number; placeId: number; sectionId: number | null; sinceYear: number | null },
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .insert(memberships)
    .values({ ...values, status: "active" })
    .onConflictDoUpdate({
      target: [memberships.networkId, memberships.placeId],
      set: {
        status: "active",
        endedAt: null,
        sectionId: sql`coalesce(excluded.section_id, ${memberships.sectionId})`,
        sinceYear: sql`coalesce(excluded.since_year, ${memberships.sinceYear})`,
        updatedAt: sql`now()`,
      },
      setWhere: eq(memberships.status, "ended"),
    })
    .returning();
  return row;
}

export async function updateMembership(
  db: Db,
  id: number,
  changes: { sectionId?: number | null; sinceYear?: number | null; status?: MembershipRow["status"] },
): Promise<MembershipRow | undefined> {
  const endedAt =
    changes.status === undefined
      ? undefined
      : changes.status === "ended"
        ? sql`coalesce(${memberships.endedAt}, now())`
        : null;
  const [row] = await db
    .update(memberships)
    .set({ ...changes, ...(endedAt === undefined ? {} : { endedAt }), updatedAt: sql`now()` })
    .where(eq(memberships.id, id))
    .returning();
  return row;
}
