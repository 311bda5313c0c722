import { and, asc, desc, eq, exists, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import type { Locale } from "../../../lib/i18n/index.js";
import { matchingIds } from "../../search/index.js";
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
  /** A name as typed, matched by the platform's search in the reader's language. */
  search?: { text: string; locale: Locale };
}

function conditions(q: PlaceQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [
    q.search ? sql`${places.id} in ${matchingIds({ ...q.search, kind: "place" })}` : undefined,
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

/** What a list of places shows of each: its view, not the sort keys or timestamps. */
const listColumns = {
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
};
export type PlaceListRow = { [K in keyof typeof listColumns]: PlaceRow[K] };

/** Where a page of places starts: after or before a place (its slug), or at an offset (the API's pages). */
export type PlacePosition = { after: string } | { before: string } | { offset: number };

/**
 * One page of places in the order readers of `locale` expect, `limit` of them at most, walking the
 * language's sort index (with the country, its country-and-sort index) from a place, not over an
 * offset: a page deep in the list costs what the first one does. `before` walks backwards and
 * gives the rows nearest the place first. `total` is the number of matching places counted up to
 * `countUpTo` (so never more than that many index entries), computed once in the same statement.
 */
export async function selectPlacesPage(
  db: Db,
  q: PlaceQuery,
  {
    limit,
    locale,
    position,
    countUpTo,
  }: { limit: number; locale: Locale; position: PlacePosition; countUpTo: number },
): Promise<{ places: PlaceListRow[]; total: number | undefined }> {
  const key = placeSortKey(locale);
  const where = conditions(q);
  const backwards = "before" in position;
  const from = "after" in position ? position.after : "before" in position ? position.before : undefined;
  // The cursor as a row value of two scalar subqueries, so the comparison is an index condition.
  const cursor =
    from === undefined
      ? undefined
      : sql`(${key}, ${places.id}) ${backwards ? sql`<` : sql`>`} ((select ${key} from ${places} where ${places.slug} = ${from}), (select ${places.id} from ${places} where ${places.slug} = ${from}))`;
  const rows = await db
    .select({
      ...listColumns,
      total: sql<number>`${countUpToSql(q, countUpTo)}`.mapWith(Number),
    })
    .from(places)
    .where(and(where, cursor))
    .orderBy(...(backwards ? [desc(key), desc(places.id)] : [asc(key), asc(places.id)]))
    .limit(limit)
    .offset("offset" in position ? position.offset : 0);
  return { places: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total };
}

/**
 * The number of places matching, up to `upTo`, as a scalar subquery. Filtered by a network, it
 * walks the network's members and looks each place up by its key (the lateral subquery is kept
 * apart by OFFSET 0): a hash of every place of a region or country would grow with the directory.
 */
function countUpToSql(q: PlaceQuery, upTo: number): SQL {
  const { networkId, sectionId, ...own } = q;
  if (networkId === undefined) {
    return sql`(select count(*) from (select 1 from ${places} where ${conditions(q) ?? sql`true`} limit ${upTo}) as "matching")`;
  }
  const section = sectionId === undefined ? sql`` : sql`and "member"."section_id" = ${sectionId}`;
  return sql`(select count(*) from (select 1 from ${memberships} as "member"
    cross join lateral (select 1 from ${places} where ${places.id} = "member"."place_id" and ${conditions(own) ?? sql`true`} offset 0) as "place"
    where "member"."network_id" = ${networkId} and "member"."status" = 'active' ${section} limit ${upTo}) as "matching")`;
}

/** The number of places matching, counted up to `upTo` when given (a bounded count). */
export async function countPlaces(db: Db, q: PlaceQuery, upTo?: number): Promise<number> {
  if (upTo !== undefined) {
    const [row] = await db
      .select({ n: sql<number>`${countUpToSql(q, upTo)}`.mapWith(Number) })
      .from(sql`(select 1) as "one"`);
    return row?.n ?? 0;
  }
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
        acronyms: networks.acronyms,
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
