import { and, asc, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { networks } from "./networks/networks.tables.js";
import { organisations } from "./organisations/organisations.tables.js";
import { places } from "./places/places.tables.js";

/** Which rows to read: these ids, or a batch after an id (for a full reindex). */
export type Selection = { ids: number[] } | { after: number; limit: number };

function within(
  id: typeof places.id | typeof networks.id | typeof organisations.id,
  s: Selection,
): SQL | undefined {
  return "ids" in s ? inArray(id, s.ids) : gt(id, s.after);
}

const limitOf = (s: Selection) => ("ids" in s ? s.ids.length : s.limit);

/** Places with the networks they are active members of. */
export async function selectPlacesToIndex(db: Db, s: Selection) {
  if ("ids" in s && s.ids.length === 0) return [];
  return db
    .select({
      id: places.id,
      slug: places.slug,
      name: places.name,
      names: places.names,
      country: places.country,
      // Written out: inside a select list Drizzle would leave "id" unqualified, naming memberships.id.
      networkIds: sql<number[]>`array(select m.network_id from memberships m
        where m.place_id = "places"."id" and m.status = 'active' order by 1)`,
    })
    .from(places)
    .where(within(places.id, s))
    .orderBy(asc(places.id))
    .limit(limitOf(s));
}

export async function selectNetworksToIndex(db: Db, s: Selection) {
  if ("ids" in s && s.ids.length === 0) return [];
  return db.select().from(networks).where(within(networks.id, s)).orderBy(asc(networks.id)).limit(limitOf(s));
}

export async function selectOrganisationsToIndex(db: Db, s: Selection) {
  if ("ids" in s && s.ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(within(organisations.id, s))
    .orderBy(asc(organisations.id))
    .limit(limitOf(s));
}

/** The ids of places with these slugs (the importer writes by slug). */
export async function selectPlaceIdsBySlug(db: Db, slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .select({ id: places.id })
    .from(places)
    .where(and(inArray(places.slug, slugs)));
  return rows.map((r) => r.id);
}
