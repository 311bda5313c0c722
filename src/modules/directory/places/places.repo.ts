import { and, asc, eq, exists, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import type { Locale } from "../../../lib/i18n/index.js";
import { focalPoints, memberships } from "../memberships/memberships.tables.js";
import { networkSections, networks } from "../networks/networks.tables.js";
import { places } from "./places.tables.js";

export type PlaceRow = typeof places.$inferSelect;

/** The column places sort by for readers of a language: the name they see, accents folded. */
export function placeSortKey(locale: Locale) {
  return { en: places.sortEn, fr: places.sortFr, es: places.sortEs }[locale];
}

/** The directory's filters once slugs are resolved to ids. */
export interface PlaceQuery {
  networkId?: number;
  sectionId?: number;
  country?: string;
  region?: string;
  kind?: PlaceRow["kind"];
}

function conditions(q: PlaceQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [
    q.country ? eq(places.country, q.country) : undefined,
    q.region ? eq(places.region, q.region) : undefined,
    q.kind ? eq(places.kind, q.kind) : undefined,
  ];
  if (q.networkId !== undefined) {
    where.push(
      exists(
        sql`(select 1 from ${memberships} where ${memberships.placeId} = ${places.id}
          and ${memberships.networkId} = ${q.networkId} and ${memberships.status} = 'active'
          ${q.sectionId !== undefined ? sql`and ${memberships.sectionId} = ${q.sectionId}` : sql``})`,
      ),
    );
  }
  return and(...where);
}

/**
 * One page of places in the order readers of `locale` expect, and the total matching, in one
 * statement. The total is an uncorrelated subquery, computed once, so the page itself still walks
 * the language's sort index and stops after `limit` rows (a window count would materialise every
 * matching row first).
 */
export async function selectPlacesPage(db: Db, q: PlaceQuery, limit: number, offset: number, locale: Locale) {
  const where = conditions(q) ?? sql`true`;
  const rows = await db
    .select({
      place: places,
      total: sql<number>`(select count(*) from ${places} where ${where})`.mapWith(Number),
    })
    .from(places)
    .where(conditions(q))
    .orderBy(asc(placeSortKey(locale)), asc(places.id))
    .limit(limit)
    .offset(offset);
  return { places: rows.map((r) => r.place), total: rows[0]?.total };
}

export async function countPlaces(db: Db, q: PlaceQuery): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(places)
    .where(conditions(q));
  return row?.n ?? 0;
}

export async function selectPlaceBySlug(db: Db, slug: string): Promise<PlaceRow | undefined> {
  const [row] = await db.select().from(places).where(eq(places.slug, slug)).limit(1);
  return row;
}

/** Active memberships of the given places, with their network and section: one statement. */
export async function selectMembershipsOfPlaces(db: Db, placeIds: number[]) {
  if (placeIds.length === 0) return [];
  return db
    .select({
      placeId: memberships.placeId,
      sinceYear: memberships.sinceYear,
      network: {
        slug: networks.slug,
        acronym: networks.acronym,
        name: networks.name,
        originalLang: networks.originalLang,
      },
      section: { slug: networkSections.slug, kind: networkSections.kind, name: networkSections.name },
    })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .leftJoin(networkSections, eq(networkSections.id, memberships.sectionId))
    .where(and(inArray(memberships.placeId, placeIds), eq(memberships.status, "active")))
    .orderBy(asc(networks.acronym));
}

/** The accounts that speak for a place; the accounts module names them. */
export async function selectFocalPointIdsOfPlace(db: Db, placeId: number): Promise<number[]> {
  const rows = await db
    .select({ userId: focalPoints.userId })
    .from(focalPoints)
    .where(eq(focalPoints.placeId, placeId));
  return rows.map((r) => r.userId);
}

export interface NewPlace {
  slug: string;
  kind: PlaceRow["kind"];
  name: string;
  names: Translations;
  country: string;
  region: string;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  geonamesId: number | null;
}

export async function insertPlace(db: Db, values: NewPlace): Promise<PlaceRow> {
  const [row] = await db.insert(places).values(values).returning();
  return row;
}

export async function insertPlaces(db: Db, values: NewPlace[]): Promise<PlaceRow[]> {
  if (values.length === 0) return [];
  return db.insert(places).values(values).returning();
}
