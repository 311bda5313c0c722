import type { Database } from "../../../../db/client.js";
import { indexPlaces } from "../../directory.search.js";
import { placeSlug } from "../slug.js";
import { listPlaceKeys, type PlaceRow, upsertByGeonamesId, upsertBySlug } from "./places-import.repo.js";
import type { PlaceRecord } from "./places-import.schema.js";
import type { RowError } from "./sources.js";

export interface ImportReport {
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows of the source left out, with why. */
  skipped: RowError[];
  milliseconds: number;
}

// Columns go as arrays, so a statement's size is bounded by memory, not by the 65,535-parameter
// limit; 5,000 rows per statement and 4 statements per commit keep both small.
const ROWS_PER_STATEMENT = 5000;
const STATEMENTS_PER_TRANSACTION = 4;

/**
 * Gives each new place a slug that no other place has, in a fixed order (largest first), so the same
 * data gives the same slugs on every machine. A known place keeps the slug it already has.
 */
function planRows(records: PlaceRecord[], existing: { slug: string; geonamesId: number | null }[]) {
  const owners = new Map(existing.map((e) => [e.slug, e.geonamesId]));
  const knownIds = new Set(existing.flatMap((e) => (e.geonamesId ? [e.geonamesId] : [])));
  const byId: PlaceRow[] = [];
  const bySlug: PlaceRow[] = [];
  const skipped: RowError[] = [];
  const seenIds = new Set<number>();
  const seenSlugs = new Set<string>();
  for (const r of records) {
    const line = r.line ?? 0;
    if (r.geonamesId === null) {
      const slug = placeSlug(r.name, r.country);
      if (seenSlugs.has(slug))
        skipped.push({ line, message: `name: ${r.name} (${r.country}) appears twice` });
      else bySlug.push({ ...r, slug });
      seenSlugs.add(slug);
      continue;
    }
    if (seenIds.has(r.geonamesId)) {
      skipped.push({ line, message: `geonames_id: ${r.geonamesId} appears twice` });
      continue;
    }
    seenIds.add(r.geonamesId);
    if (knownIds.has(r.geonamesId)) {
      byId.push({ ...r, slug: placeSlug(r.name, r.country, r.geonamesId) });
      continue;
    }
    const base = placeSlug(r.name, r.country);
    const owner = owners.get(base);
    if (owner === undefined && !seenSlugs.has(base)) {
      byId.push({ ...r, slug: base });
    } else if (owner === null && !seenSlugs.has(base)) {
      // A place added by hand or by the demo seed, with the same name and country: the same city.
      bySlug.push({ ...r, slug: base });
    } else {
      byId.push({ ...r, slug: placeSlug(r.name, r.country, r.geonamesId) });
    }
    seenSlugs.add(base);
  }
  return { byId, bySlug, skipped };
}

/** Adds or refreshes places, idempotently: a second run with the same data writes nothing. */
export async function importPlaces(options: {
  database: Database;
  places: PlaceRecord[];
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportReport> {
  const started = performance.now();
  const { db } = options.database;
  const { byId, bySlug, skipped } = planRows(options.places, await listPlaceKeys(db));
  const total = byId.length + bySlug.length;
  const sum = { inserted: 0, updated: 0 };
  let done = 0;
  const chunks = [
    ...chunk(byId, ROWS_PER_STATEMENT).map((rows) => ({ rows, write: upsertByGeonamesId })),
    ...chunk(bySlug, ROWS_PER_STATEMENT).map((rows) => ({ rows, write: upsertBySlug })),
  ];
  options.onProgress?.(0, total);
  for (const group of chunk(chunks, STATEMENTS_PER_TRANSACTION)) {
    await db.transaction(async (tx) => {
      for (const { rows, write } of group) {
        const written = await write(tx, rows);
        sum.inserted += written.inserted;
        sum.updated += written.updated;
        await indexPlaces({ db: tx, ids: written.ids });
      }
    });
    for (const { rows } of group) {
      done += rows.length;
      options.onProgress?.(done, total);
    }
  }
  return {
    total,
    ...sum,
    unchanged: total - sum.inserted - sum.updated,
    skipped,
    milliseconds: Math.round(performance.now() - started),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
