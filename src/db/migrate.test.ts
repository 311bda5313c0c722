import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as drizzleMigratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as drizzleMigratePglite } from "drizzle-orm/pglite/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, engines, runCli } from "../../tests/harness.js";
import { fromRoot } from "../lib/paths.js";
import type { Database, Db } from "./client.js";
import { MigrationHistoryError, migrate, migrationsFolder } from "./migrate.js";

/** The migrations folder as it was at earlier landed commits, committed as files. */
const atCommit = (commit: string) => fromRoot(`tests/fixtures/migrations/${commit}`);

/** What the code of an earlier commit did at start: Drizzle's own migrator. */
async function migrateAsBefore(database: Database, folder: string) {
  await database.exclusive((db) =>
    database.engine === "pglite"
      ? drizzleMigratePglite(db as unknown as PgliteDatabase, { migrationsFolder: folder })
      : drizzleMigratePg(db as unknown as NodePgDatabase, { migrationsFolder: folder }),
  );
}

async function rows<T = Record<string, unknown>>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The public schema as PostgreSQL describes it: columns (with collation and generation), indexes, constraints. */
async function describeSchema(db: Db) {
  return {
    columns: await rows(
      db,
      sql`select table_name, column_name, data_type, collation_name, is_nullable, column_default, generation_expression
          from information_schema.columns where table_schema = 'public' order by table_name, column_name`,
    ),
    indexes: await rows(
      db,
      sql`select indexdef from pg_indexes where schemaname = 'public' order by indexname`,
    ),
    constraints: await rows(
      db,
      sql`select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def
          from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`,
    ),
    migrations: await rows(
      db,
      sql`select hash, created_at::text from drizzle.__drizzle_migrations order by id`,
    ),
  };
}

/** Data as the first landed schema held it: an account, a network, places, a membership. */
async function insertFirstSchemaData(db: Db) {
  await db.execute(
    sql`insert into users (email, name, password_hash) values ('ana@example.org', 'Ana', 'x')`,
  );
  await db.execute(
    sql`insert into networks (slug, acronym, name) values ('uclg', 'UCLG', '{"en":"United Cities and Local Governments"}')`,
  );
  await db.execute(
    sql`insert into places (slug, name, names, country, region, latitude, longitude)
        values ('evora', 'Évora', '{}', 'PT', 'Alentejo', 38.57, -7.91),
               ('beijing', 'Beijing', '{"fr":"Pékin"}', 'CN', 'Beijing', 39.9, 116.4)`,
  );
  await db.execute(
    sql`insert into memberships (network_id, place_id) select n.id, p.id from networks n, places p where p.slug = 'evora'`,
  );
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function database(engine: (typeof engines)[number], migrated: boolean) {
  const test = await createTestDatabase(engine, { migrated });
  stops.push(test.stop);
  return test.database;
}

/** A copy of the migrations folder with a migration added by hand, dated `when`. */
function folderWithExtraMigration(when: (lastWhen: number) => number): string {
  const dir = mkdtempSync(join(tmpdir(), "cx-migrations-"));
  stops.push(async () => rmSync(dir, { recursive: true, force: true }));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  const last = journal.entries.at(-1);
  const idx = journal.entries.length;
  const tag = `${String(idx).padStart(4, "0")}_late-branch`;
  journal.entries.push({ ...last, idx, tag, when: when(last.when) });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(dir, `${tag}.sql`), 'CREATE TABLE "late_branch" ("id" integer PRIMARY KEY);');
  return dir;
}

describe.each(engines)("migrations on %s", (engine) => {
  it("upgrade a database migrated at the first landed commit (495c799), keeping its data, to the schema of a new database", async () => {
    const old = await database(engine, false);
    await migrateAsBefore(old, atCommit("495c799"));
    await insertFirstSchemaData(old.db);

    await migrate(old);

    const places = await rows<{ slug: string; sort_en: string; sort_fr: string }>(
      old.db,
      sql`select slug, sort_en, sort_fr from places order by slug`,
    );
    expect(places).toEqual([
      { slug: "beijing", sort_en: "beijing", sort_fr: "pekin" },
      { slug: "evora", sort_en: "evora", sort_fr: "evora" },
    ]);
    const [member] = await rows<{ n: number }>(old.db, sql`select count(*)::int as n from memberships`);
    expect(member.n).toBe(1);
    const [user] = await rows<{ email: string }>(old.db, sql`select email from users`);
    expect(user.email).toBe("ana@example.org");

    const fresh = await database(engine, true);
    expect(await describeSchema(old.db)).toEqual(await describeSchema(fresh.db));
  }, 120_000);

  it("open and repair a database migrated at 070a78f, whose sort-key migration was later edited in place, instead of failing on 'column sort_en already exists'", async () => {
    const old = await database(engine, false);
    await migrateAsBefore(old, atCommit("070a78f"));
    await insertFirstSchemaData(old.db);
    const collation = sql`select collation_name from information_schema.columns where table_name = 'places' and column_name = 'sort_en'`;
    const [before] = await rows<{ collation_name: string | null }>(old.db, collation);
    expect(before.collation_name).toBeNull(); // the first content sorted by the server's collation

    await migrate(old);
    await migrate(old); // and the next start finds nothing to do

    const [after] = await rows<{ sort_en: string }>(
      old.db,
      sql`select sort_en from places where slug = 'evora'`,
    );
    expect(after.sort_en).toBe("evora");
    const fresh = await database(engine, true);
    expect(await describeSchema(old.db)).toEqual(await describeSchema(fresh.db));
  }, 120_000);

  it("refuse, changing nothing, a database that recorded a migration this code does not have", async () => {
    const db = await database(engine, true);
    await db.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${"f".repeat(64)}, 1900000000000)`,
    );
    const folder = folderWithExtraMigration((last) => last + 1000);

    const refused = migrate(db, folder);
    await expect(refused).rejects.toThrow(MigrationHistoryError);
    await expect(refused).rejects.toThrow(
      /has run a migration that this version of CityExchange does not have \(sha256 ffffffffffff/,
    );
    const [table] = await rows<{ t: string | null }>(
      db.db,
      sql`select to_regclass('public.late_branch')::text as t`,
    );
    expect(table.t).toBeNull();
  });

  it("run a migration the database has not recorded even when it is dated before the last one it ran, which Drizzle's own migrator skips", async () => {
    const db = await database(engine, true);
    const folder = folderWithExtraMigration((last) => last - 1);

    await migrateAsBefore(db, folder);
    const [skipped] = await rows<{ t: string | null }>(
      db.db,
      sql`select to_regclass('public.late_branch')::text as t`,
    );
    expect(skipped.t).toBeNull();

    await migrate(db, folder);
    const [table] = await rows<{ t: string | null }>(
      db.db,
      sql`select to_regclass('public.late_branch')::text as t`,
    );
    expect(table.t).toBe("late_branch");
  });
});

describe.each(engines)("the cityexchange command on %s", (engine) => {
  it("stops with a clear message, and exit code 2, on a database that recorded a migration it does not have", async () => {
    const test = await createTestDatabase(engine);
    stops.push(async () => {
      await test.location.remove();
    });
    await test.database.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${"e".repeat(64)}, 1900000000000)`,
    );
    await test.database.close();
    const result = await runCli(test.location, "migrate");
    expect(result.stderr.trim()).toMatch(
      /^This database has run a migration that this version of CityExchange does not have \(sha256 eeeeeeeeeeee, dated 2030-03-17T17:46:40.000Z\)\. .* Nothing was changed\.$/,
    );
    expect(result.code).toBe(2);
  });
});
