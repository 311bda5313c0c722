import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { searchDocuments, searchIndexVersions } from "./search.tables.js";

/** The version of each of these kinds the index holds; a kind never built is missing. */
export async function selectIndexVersions(db: Db, kinds: string[]): Promise<Map<string, number>> {
  if (kinds.length === 0) return new Map();
  const rows = await db
    .select({ kind: searchIndexVersions.kind, version: searchIndexVersions.version })
    .from(searchIndexVersions)
    .where(inArray(searchIndexVersions.kind, kinds));
  return new Map(rows.map((r) => [r.kind, r.version]));
}

export async function recordIndexVersions(db: Db, kinds: string[], version: number): Promise<void> {
  if (kinds.length === 0) return;
  await db
    .insert(searchIndexVersions)
    .values(kinds.map((kind) => ({ kind, version })))
    .onConflictDoUpdate({
      target: searchIndexVersions.kind,
      set: { version: sql`excluded.version`, indexedAt: sql`now()` },
    });
}

export async function hasDocumentsOfKinds(db: Db, kinds: string[]): Promise<boolean> {
  if (kinds.length === 0) return false;
  const rows = await db
    .select({ one: sql`1` })
    .from(searchDocuments)
    .where(inArray(searchDocuments.kind, kinds))
    .limit(1);
  return rows.length > 0;
}

/**
 * Holds, until the transaction ends, the lock every rebuild of the index takes: two processes
 * that start at once rebuild one after the other, and the second finds nothing left to do.
 */
export async function lockIndexing(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('cityexchange.search.reindex'))`);
}
