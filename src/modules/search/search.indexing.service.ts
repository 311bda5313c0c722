import type { Db } from "../../db/client.js";
import type { AppDeps } from "../../lib/http.js";
import type { SearchSource } from "../../lib/search.js";
import { deleteKinds, upsertDocuments } from "./search.repo.js";
import {
  hasDocumentsOfKinds,
  lockIndexing,
  recordIndexVersions,
  selectIndexVersions,
} from "./search.state.repo.js";

/** The job that rebuilds the index in the background when it is behind the code. */
export const reindexQueue = "search.reindex";

const versionOf = (source: SearchSource) => source.version ?? 1;

/** Whether the index holds this source's kinds at the code's version. */
async function isCurrent(db: Db, source: SearchSource): Promise<boolean> {
  const versions = await selectIndexVersions(db, source.kinds);
  return source.kinds.every((kind) => versions.get(kind) === versionOf(source));
}

/** Whether the source has any document to write: its first batch, and no more is read. */
async function hasAnything(db: Db, source: SearchSource): Promise<boolean> {
  const batches = source.documents({ db })[Symbol.asyncIterator]();
  try {
    const first = await batches.next();
    return !first.done && first.value.length > 0;
  } finally {
    await batches.return?.();
  }
}

/**
 * Empties this source's kinds and fills them again, then records the version, in the caller's
 * transaction: a reader sees the old documents or the new ones, never none.
 */
async function rebuildSource(tx: Db, source: SearchSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await deleteKinds(tx, source.kinds);
  for (const kind of source.kinds) counts[kind] = 0;
  for await (const batch of source.documents({ db: tx })) {
    const unknown = batch.find((d) => !source.kinds.includes(d.kind));
    if (unknown) throw new Error(`A search source wrote the kind "${unknown.kind}" it does not declare.`);
    await upsertDocuments(tx, batch);
    for (const d of batch) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
  }
  await recordIndexVersions(tx, source.kinds, versionOf(source));
  return counts;
}

/**
 * Rebuilds the documents of every source, each source in one transaction under the indexing lock:
 * its kinds are emptied and filled again, so a reader sees the old documents or the new ones,
 * never none; each source's version is recorded. With `onlyBehind`, a source the index already
 * holds at the code's version (another process rebuilt it meanwhile) is left alone. Returns the
 * documents written, by kind.
 */
export async function reindexSearch({
  db,
  sources,
  onlyBehind = false,
}: {
  db: Db;
  sources: SearchSource[];
  onlyBehind?: boolean;
}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const source of sources) {
    await db.transaction(async (tx) => {
      await lockIndexing(tx);
      if (onlyBehind && (await isCurrent(tx, source))) return;
      Object.assign(counts, await rebuildSource(tx, source));
    });
  }
  return counts;
}

/** Rebuilds the sources the index is behind on (another version than the code's, or never built). */
export function reindexBehind({ db, sources }: { db: Db; sources: SearchSource[] }) {
  return reindexSearch({ db, sources, onlyBehind: true });
}

/**
 * At start: finds the sources the index is behind on and, if any, rebuilds them in a background
 * job (the queue's), so that the platform answers meanwhile. A source with nothing to index and
 * nothing indexed (a new database) only has its version recorded. Several processes starting at
 * once may each queue the job: the lock makes the second find nothing to do.
 */
export async function startSearchIndexing({
  deps,
  sources,
  log,
}: {
  deps: AppDeps;
  sources: SearchSource[];
  log: (message: string) => void;
}): Promise<boolean> {
  const db = deps.database.db;
  const behind: SearchSource[] = [];
  for (const source of sources) {
    if (await isCurrent(db, source)) continue;
    const versions = await selectIndexVersions(db, source.kinds);
    const empty =
      versions.size === 0 &&
      !(await hasDocumentsOfKinds(db, source.kinds)) &&
      !(await hasAnything(db, source));
    if (empty) await recordIndexVersions(db, source.kinds, versionOf(source));
    else behind.push(source);
  }
  if (behind.length === 0) return false;
  await deps.jobs.work(reindexQueue, async () => {
    const started = performance.now();
    const counts = await reindexBehind({ db, sources: behind });
    const list = Object.entries(counts).map(([kind, n]) => `${n} ${kind}`);
    if (list.length > 0)
      log(
        `Search index rebuilt: ${list.join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
  });
  await deps.jobs.send(reindexQueue, {}, { retryLimit: 3 });
  log(`Search index behind for ${behind.flatMap((s) => s.kinds).join(", ")}: rebuilding in the background.`);
  return true;
}
