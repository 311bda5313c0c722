import { asc } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { networks } from "./networks/networks.tables.js";
import { organisations } from "./organisations/organisations.tables.js";
import { places } from "./places/places.tables.js";

const tables = { networks, places, organisations };
export type ListedKind = keyof typeof tables;

/** How many records of a kind have a public page. */
export function countListed(db: Db, kind: ListedKind): Promise<number> {
  return db.$count(tables[kind]);
}

/** A slice of a kind's slugs and last changes, by id: an index-only walk, no row read whole. */
export function selectListed(db: Db, kind: ListedKind, range: { offset: number; limit: number }) {
  const table = tables[kind];
  return db
    .select({ slug: table.slug, updatedAt: table.updatedAt })
    .from(table)
    .orderBy(asc(table.id))
    .limit(range.limit)
    .offset(range.offset);
}
