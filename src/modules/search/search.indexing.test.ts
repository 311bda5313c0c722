import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as drizzleMigratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as drizzleMigratePglite } from "drizzle-orm/pglite/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { createPlace } from "../../../tests/factories-directory.js";
import { createTestDatabase, engines } from "../../../tests/harness.js";
import { type Running, startPlatform } from "../../app.js";
import { loadConfig } from "../../config.js";
import { type Database, type Db, openDatabase } from "../../db/client.js";
import { fromRoot } from "../../lib/paths.js";
import { directoryModule } from "../directory/index.js";
import { reindexBehind, searchPlatform } from "./index.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(database: Database): Promise<Running> {
  const files = mkdtempSync(join(tmpdir(), "cityexchange-files-"));
  const config = loadConfig({ LOG_LEVEL: "silent", BASE_URL: "http://localhost:3000", FILES_DIR: files });
  const running = await startPlatform(config, { database, logger: false, workers: true });
  cleanups.push(async () => {
    await running.stop();
    rmSync(files, { recursive: true, force: true });
  });
  return running;
}

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

const versions = (db: Db) => rows(db, sql`select kind, version from search_index_versions order by kind`);
const jobsQueued = async (db: Db) =>
  Number((await rows(db, sql`select count(*) as n from pgboss.job where name = 'search.reindex'`))[0].n);

async function found(db: Db, text: string, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const { total } = await searchPlatform({ db, text, locale: "fr" });
    if (total > 0 || Date.now() > until) return total;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const directory = directoryModule.search!;
const version = directory.version ?? 1;
const current = [
  { kind: "network", version },
  { kind: "organisation", version },
  { kind: "place", version },
];

describe.each(engines)("the search index at start on %s", (engine) => {
  it("is built in the background after an upgrade from the first landed schema, and only once", async () => {
    const old = await createTestDatabase(engine, { migrated: false });
    cleanups.push(() => old.location.remove());
    // As the code of the first landed commit (495c799) migrated it, with its data.
    await old.database.exclusive((db) =>
      engine === "pglite"
        ? drizzleMigratePglite(db as unknown as PgliteDatabase, {
            migrationsFolder: fromRoot("tests/fixtures/migrations/495c799"),
          })
        : drizzleMigratePg(db as unknown as NodePgDatabase, {
            migrationsFolder: fromRoot("tests/fixtures/migrations/495c799"),
          }),
    );
    await old.database.db.execute(
      sql`insert into places (slug, name, names, country, region, latitude, longitude)
          values ('evora', 'Évora', '{}', 'PT', 'Alentejo', 38.57, -7.91),
                 ('beijing', 'Beijing', '{"fr":"Pékin"}', 'CN', 'Beijing', 39.9, 116.4)`,
    );

    const running = await start(old.database);
    const db = running.deps.database.db;
    expect(await found(db, "Pekin", 30)).toBe(1);
    expect(await found(db, "evora", 1)).toBe(1);
    expect(await versions(db)).toEqual(current);
    expect(await jobsQueued(db)).toBe(1);
    // Nothing is behind any more: another rebuild finds nothing to do.
    expect(await reindexBehind({ db, sources: [directory] })).toEqual({});
  }, 120_000);

  it("records a new database's versions without a job, and rebuilds a source whose version rose, once for two processes", async () => {
    const fresh = await createTestDatabase(engine);
    cleanups.push(() => fresh.location.remove());
    const running = await start(fresh.database);
    const db = running.deps.database.db;
    expect(await versions(db)).toEqual(current);
    expect(await jobsQueued(db)).toBe(0);

    await createPlace(db, { slug: "kutahya-tr", name: "Kütahya", country: "TR" });
    await db.execute(sql`delete from search_documents`);
    const next = { ...directory, version: version + 1 };
    // A second process: its own connection on a server, the same engine in one process.
    const other =
      engine === "postgres"
        ? await openDatabase({ engine, url: fresh.location.url as string, poolSize: 2 })
        : undefined;
    if (other) cleanups.push(() => other.close());
    const [a, b] = await Promise.all([
      reindexBehind({ db, sources: [next] }),
      reindexBehind({ db: other?.db ?? db, sources: [next] }),
    ]);
    expect([a, b].filter((counts) => Object.keys(counts).length > 0)).toEqual([
      { place: 1, network: 0, organisation: 0 },
    ]);
    expect((await versions(db)).map((v) => v.version)).toEqual([version + 1, version + 1, version + 1]);
    expect(await found(db, "Kutahya", 1)).toBe(1);
  }, 120_000);
});
