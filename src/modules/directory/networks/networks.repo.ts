import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import type { Locale } from "../../../lib/i18n/index.js";
import { matchingIds } from "../../search/index.js";
import { memberships } from "../memberships/memberships.tables.js";
import { places } from "../places/places.tables.js";
import { networkRoles, networkSections, networks } from "./networks.tables.js";

export type NetworkRow = typeof networks.$inferSelect;
export type SectionRow = typeof networkSections.$inferSelect;
export type NetworkRole = (typeof networkRoles.$inferSelect)["role"];

/** Every network, or those a search for a name finds (`search`), by acronym. */
export async function selectNetworks(
  db: Db,
  search?: { text: string; locale: Locale },
): Promise<NetworkRow[]> {
  return db
    .select()
    .from(networks)
    .where(search ? sql`${networks.id} in ${matchingIds({ ...search, kind: "network" })}` : undefined)
    .orderBy(asc(networks.acronym), asc(networks.id));
}

/** Every network with its sections, in one statement: one row per section (one with null when none). */
export async function selectNetworksWithSections(db: Db) {
  const rows = await db
    .select({ network: networks, section: networkSections })
    .from(networks)
    .leftJoin(networkSections, eq(networkSections.networkId, networks.id))
    .orderBy(asc(networks.acronym), asc(networks.id), asc(networkSections.position), asc(networkSections.id));
  const byNetwork = new Map<number, { network: NetworkRow; sections: SectionRow[] }>();
  for (const { network, section } of rows) {
    const entry = byNetwork.get(network.id) ?? { network, sections: [] };
    if (section) entry.sections.push(section);
    byNetwork.set(network.id, entry);
  }
  return [...byNetwork.values()];
}

export async function anyNetwork(db: Db): Promise<boolean> {
  const rows = await db.select({ id: networks.id }).from(networks).limit(1);
  return rows.length > 0;
}

export async function selectNetworkBySlug(db: Db, slug: string): Promise<NetworkRow | undefined> {
  const [row] = await db.select().from(networks).where(eq(networks.slug, slug)).limit(1);
  return row;
}

export async function selectSections(db: Db, networkId: number): Promise<SectionRow[]> {
  return db
    .select()
    .from(networkSections)
    .where(eq(networkSections.networkId, networkId))
    .orderBy(asc(networkSections.position), asc(networkSections.id));
}

/** A network and its sections in one statement: one row per section (one row with null when none). */
export async function selectNetworkWithSections(
  db: Db,
  slug: string,
): Promise<{ network: NetworkRow; sections: SectionRow[] } | undefined> {
  const rows = await db
    .select({ network: networks, section: networkSections })
    .from(networks)
    .leftJoin(networkSections, eq(networkSections.networkId, networks.id))
    .where(eq(networks.slug, slug))
    .orderBy(asc(networkSections.position), asc(networkSections.id));
  if (rows.length === 0) return undefined;
  return { network: rows[0].network, sections: rows.flatMap((r) => (r.section ? [r.section] : [])) };
}

/**
 * Up to `limit` of a network's active members with what a list shows of their place, ordered by
 * name: one statement, called only for a network small enough to list on its page.
 */
export async function selectNetworkMembers(db: Db, networkId: number, limit: number) {
  return db
    .select({
      sectionId: memberships.sectionId,
      sinceYear: memberships.sinceYear,
      place: {
        id: places.id,
        slug: places.slug,
        kind: places.kind,
        name: places.name,
        names: places.names,
        country: places.country,
        region: places.region,
        latitude: places.latitude,
        longitude: places.longitude,
        population: places.population,
        geonamesId: places.geonamesId,
      },
    })
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .where(and(eq(memberships.networkId, networkId), eq(memberships.status, "active")))
    .orderBy(asc(places.name), asc(places.id))
    .limit(limit);
}

/** A square of one degree of a country holding some of a network's members, or a section's count. */
export interface MemberCellRow {
  /** Whether the row counts a section's members rather than a cell's. */
  bySection: boolean;
  sectionId: number | null;
  country: string | null;
  /** The mean position of the cell's members (null for members without coordinates). */
  latitude: number | null;
  longitude: number | null;
  n: number;
  /** One of its places (the first by slug): the place itself when the cell holds one. */
  slug: string;
  name: string;
  names: Translations;
}

/**
 * A network's active members gathered in one statement: per country, in squares of one degree
 * (members without coordinates in one row per country), and per section. What the network's
 * figures, map and section counts need, without a row per member.
 */
export async function selectMemberCells(db: Db, networkId: number): Promise<MemberCellRow[]> {
  const latitudeCell = sql`floor(${places.latitude})`;
  const longitudeCell = sql`floor(${places.longitude})`;
  const rows = await db
    .select({
      bySection: sql<number>`grouping(${places.country})`.mapWith(Number),
      sectionId: memberships.sectionId,
      country: places.country,
      latitude: sql<number | null>`avg(${places.latitude})`.mapWith(Number),
      longitude: sql<number | null>`avg(${places.longitude})`.mapWith(Number),
      n: count(),
      slug: sql<string>`min(${places.slug})`,
      name: sql<string>`min(${places.name})`,
      names: sql<string>`min(${places.names}::text)`,
    })
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .where(and(eq(memberships.networkId, networkId), eq(memberships.status, "active")))
    .groupBy(
      sql`grouping sets ((${places.country}, ${latitudeCell}, ${longitudeCell}), (${memberships.sectionId}))`,
    );
  return rows.map((r) => ({
    ...r,
    bySection: r.bySection === 1,
    n: Number(r.n),
    names: JSON.parse(r.names) as Translations,
  }));
}

export async function selectRoleInNetwork(
  db: Db,
  userId: number,
  networkId: number,
): Promise<NetworkRole | null> {
  const [row] = await db
    .select({ role: networkRoles.role })
    .from(networkRoles)
    .where(and(eq(networkRoles.userId, userId), eq(networkRoles.networkId, networkId)))
    .limit(1);
  return row?.role ?? null;
}

export interface NewNetwork {
  slug: string;
  acronym: string;
  name: Translations;
  description: Translations;
  originalLang: string;
  website: string | null;
  logoPath: string | null;
  logoAlt: Translations;
  foundedYear: number | null;
}

export async function insertNetwork(
  db: Db,
  values: NewNetwork,
  sections: { slug: string; kind: SectionRow["kind"]; name: Translations }[],
): Promise<{ network: NetworkRow; sections: SectionRow[] }> {
  return db.transaction(async (tx) => {
    const [network] = await tx.insert(networks).values(values).returning();
    const inserted = sections.length
      ? await tx
          .insert(networkSections)
          .values(sections.map((s, position) => ({ ...s, networkId: network.id, position })))
          .returning()
      : [];
    return { network, sections: inserted };
  });
}

export async function upsertRole(db: Db, userId: number, networkId: number, role: NetworkRole) {
  await db
    .insert(networkRoles)
    .values({ userId, networkId, role })
    .onConflictDoUpdate({ target: [networkRoles.userId, networkRoles.networkId], set: { role } });
}

export async function insertMembership(
  db: Db,
  values: {
    networkId: number;
    placeId: number;
    sectionId: number | null;
    sinceYear: number | null;
    status: "active" | "ended";
  },
) {
  const [row] = await db
    .insert(memberships)
    .values({ ...values, endedAt: values.status === "ended" ? sql`now()` : null })
    .returning();
  return row;
}

export async function insertMemberships(
  db: Db,
  values: (typeof memberships.$inferInsert)[],
): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await db.insert(memberships).values(values).returning({ id: memberships.id });
  return rows.length;
}
