import { and, eq, isNull, like, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { NewPlace, PlaceRow } from "./places.repo.js";
import { foldedName, places } from "./places.tables.js";

/**
 * Serialises, until the transaction ends, every writer adding a place of this name to this
 * country: two editors adding "Thiès" at once make one place, whichever path each took.
 */
export async function lockPlaceName(db: Db, country: string, name: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${country} || ':' || ${foldedName(name)}))`);
}

/**
 * The place this one would duplicate: the same GeoNames id, or the same folded name in the same
 * country. A namesake that has its own GeoNames id is another town when this one has an id too
 * (GeoNames' five Parises in the United States); a place added by hand has none, so any namesake
 * in its country is the same place.
 */
export async function selectSamePlace(
  db: Db,
  place: { country: string; name: string; geonamesId: number | null },
): Promise<PlaceRow | undefined> {
  const sameName = and(
    eq(places.country, place.country),
    eq(places.nameKey, foldedName(place.name)),
    place.geonamesId === null ? undefined : isNull(places.geonamesId),
  );
  const [row] = await db
    .select()
    .from(places)
    .where(place.geonamesId === null ? sameName : or(eq(places.geonamesId, place.geonamesId), sameName))
    .orderBy(sql`${places.geonamesId} = ${place.geonamesId ?? 0} desc nulls last`, places.id)
    .limit(1);
  return row;
}

/** The slugs starting with `base`, to find a free one. */
export async function selectSlugsLike(db: Db, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: places.slug })
    .from(places)
    .where(like(places.slug, `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return rows.map((r) => r.slug);
}

/** Inserts a place; nothing when a unique key (slug, GeoNames id, name in its country) is taken. */
export async function insertPlaceOnce(db: Db, values: NewPlace): Promise<PlaceRow | undefined> {
  const [row] = await db.insert(places).values(values).onConflictDoNothing().returning();
  return row;
}
