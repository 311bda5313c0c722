import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import { memberships } from "../memberships/memberships.tables.js";
import { places } from "../places/places.tables.js";
import { networkRoles, networkSections, networks } from "./networks.tables.js";

export type NetworkRow = typeof networks.$inferSelect;
export type SectionRow = typeof networkSections.$inferSelect;
export type NetworkRole = (typeof networkRoles.$inferSelect)["role"];

export async function selectNetworks(db: Db): Promise<NetworkRow[]> {
  return db.select().from(networks).orderBy(asc(networks.acronym), asc(networks.id));
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
 * Members, countries and sections of a network's active memberships, counted in one statement.
 * Grouping (a hash aggregate) and summing the groups is several times faster than `count(distinct)`,
 * which sorts every membership.
 */
export async function selectNetworkFigures(db: Db, networkId: number) {
  const groups = await db
    .select({ country: places.country, sectionId: memberships.sectionId, n: count() })
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .where(and(eq(memberships.networkId, networkId), eq(memberships.status, "active")))
    .groupBy(places.country, memberships.sectionId);
  return countFigures(groups.map((g) => ({ country: g.country, sectionId: g.sectionId, n: Number(g.n) })));
}

/** Sums members, distinct countries and distinct sections over (country, section, count) groups. */
export function countFigures(groups: { country: string; sectionId: number | null; n: number }[]) {
  const countries = new Set(groups.map((g) => g.country));
  const sections = new Set(groups.flatMap((g) => (g.sectionId === null ? [] : [g.sectionId])));
  return {
    members: groups.reduce((sum, g) => sum + g.n, 0),
    countries: countries.size,
    sections: sections.size,
  };
}

/** A network's active members with their place, ordered by name: one statement however many. */
export async function selectNetworkMembers(db: Db, networkId: number) {
  return db
    .select({
      sectionId: memberships.sectionId,
      sinceYear: memberships.sinceYear,
      place: places,
    })
    .from(memberships)
    .innerJoin(places, eq(places.id, memberships.placeId))
    .where(and(eq(memberships.networkId, networkId), eq(memberships.status, "active")))
    .orderBy(asc(places.name), asc(places.id));
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
