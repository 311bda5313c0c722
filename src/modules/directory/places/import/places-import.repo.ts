import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.js";
import { places } from "../places.tables.js";
import type { PlaceRecord } from "./places-import.schema.js";

export type PlaceRow = PlaceRecord & { slug: string };

export interface WriteCount {
  inserted: number;
  updated: number;
  /** The places added or changed, for their search documents. */
  ids: number[];
}

/** Every place's slug and GeoNames id: enough to give new places free, stable slugs. */
export async function listPlaceKeys(db: Db): Promise<{ slug: string; geonamesId: number | null }[]> {
  return db.select({ slug: places.slug, geonamesId: places.geonamesId }).from(places);
}

// A re-import refreshes what GeoNames knows best and adds missing translations; names, kinds and
// countries an editor may have corrected are left alone. Unchanged rows are not written at all.
const refresh = sql`population = excluded.population, latitude = excluded.latitude,
  longitude = excluded.longitude, names = excluded.names || places.names, updated_at = now()`;
const changed = sql`(places.population, places.latitude, places.longitude) is distinct from
  (excluded.population, excluded.latitude, excluded.longitude)
  or (excluded.names || places.names) <> places.names`;

/**
 * One statement for thousands of rows: each column travels as one array parameter, so the
 * statement has 10 parameters whatever the batch size (a VALUES list would have 10 per row).
 */
function insertRows(rows: PlaceRow[]) {
  const column = (pick: (r: PlaceRow) => unknown) => sql.param(rows.map(pick));
  return sql`insert into places (slug, kind, name, names, country, region, latitude, longitude, population, geonames_id)
    select * from unnest(${column((r) => r.slug)}::text[], ${column((r) => r.kind)}::text[],
      ${column((r) => r.name)}::text[], ${column((r) => JSON.stringify(r.names))}::jsonb[],
      ${column((r) => r.country)}::text[], ${column((r) => r.region)}::text[],
      ${column((r) => r.latitude)}::float8[], ${column((r) => r.longitude)}::float8[],
      ${column((r) => r.population)}::int[], ${column((r) => r.geonamesId)}::int[])`;
}

async function run(db: Db, statement: SQL): Promise<WriteCount> {
  const result = (await db.execute(sql`${statement} returning id, (xmax = 0) as inserted`)) as unknown as {
    rows: { id: number; inserted: boolean }[];
  };
  const inserted = result.rows.filter((r) => r.inserted).length;
  return { inserted, updated: result.rows.length - inserted, ids: result.rows.map((r) => Number(r.id)) };
}

/** Adds places, or refreshes those whose GeoNames id is already known. */
export function upsertByGeonamesId(db: Db, rows: PlaceRow[]): Promise<WriteCount> {
  return run(
    db,
    sql`${insertRows(rows)} on conflict (geonames_id) do update set ${refresh} where ${changed}`,
  );
}

/**
 * Adds places, or refreshes the place that already has the slug: a CSV row without a GeoNames id,
 * or a demo place that this import now gives its GeoNames id.
 */
export function upsertBySlug(db: Db, rows: PlaceRow[]): Promise<WriteCount> {
  return run(
    db,
    sql`${insertRows(rows)} on conflict (slug) do update
      set ${refresh}, geonames_id = coalesce(places.geonames_id, excluded.geonames_id)
      where ${changed} or (places.geonames_id is null and excluded.geonames_id is not null)`,
  );
}
