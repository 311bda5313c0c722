import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startPlatform } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";

const migrations = new URL("../src/db/migrations/", import.meta.url);

/**
 * Creating and migrating a database takes seconds; copying a ready one takes a fraction of that.
 * Each engine's template is built once and rebuilt whenever a migration (or the change triggers)
 * changes: a data folder for the embedded engine, a database on the PostgreSQL server that every
 * test database is created from (`create database ... template ...`).
 */
export default async function setup(project: TestProject) {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrations).sort()) {
    if (file.endsWith(".sql")) hash.update(readFileSync(new URL(file, migrations)));
  }
  // The journal too: Drizzle applies migrations by their date there, so a migration made again
  // with the same SQL but a new date must not reuse a template that recorded the old one.
  hash.update(readFileSync(new URL("meta/_journal.json", migrations)));
  // The change triggers are made after the migrations, by code.
  hash.update(readFileSync(new URL("../src/db/changes.ts", import.meta.url)));
  // And the runner that applies them.
  hash.update(readFileSync(new URL("../src/db/migrate.ts", import.meta.url)));
  const version = hash.digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `cityexchange-template-${version}`);
  if (!existsSync(join(dir, "ready"))) {
    const building = `${dir}.${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const database = await openDatabase({ engine: "pglite", dataDir: building });
    const platform = await startPlatform(loadConfig({ LOG_LEVEL: "silent" }), {
      database,
      logger: false,
      workers: false,
    });
    await platform.stop();
    writeFileSync(join(building, "ready"), "");
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  }
  project.provide("pgliteTemplate", dir);
  project.provide("pgliteEmpty", await pgliteEmpty());
  project.provide("postgresTemplate", process.env.DATABASE_URL ? await postgresTemplate(version) : "");
}

/** An embedded database just created, not migrated: for the tests of upgrades from earlier schemas. */
async function pgliteEmpty(): Promise<string> {
  const version = JSON.parse(
    readFileSync(new URL("../node_modules/@electric-sql/pglite/package.json", import.meta.url), "utf8"),
  ).version;
  const dir = join(tmpdir(), `cityexchange-empty-${version}`);
  if (!existsSync(join(dir, "ready"))) {
    const building = `${dir}.${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const database = await openDatabase({ engine: "pglite", dataDir: building });
    await database.close();
    writeFileSync(join(building, "ready"), "");
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  }
  return dir;
}

/** The migrated template database on the PostgreSQL server, built by one test run at a time. */
async function postgresTemplate(version: string): Promise<string> {
  const name = `cx_template_${version}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(727275)");
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) {
      const building = `${name}_${process.pid}`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      const url = new URL(process.env.DATABASE_URL as string);
      url.pathname = `/${building}`;
      const database = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 2 });
      const platform = await startPlatform(loadConfig({ LOG_LEVEL: "silent" }), {
        database,
        logger: false,
        workers: false,
      });
      await platform.stop();
      // Renamed only once whole, and with no connection left, so it can serve as a template.
      await admin.query(`alter database ${building} rename to ${name}`);
    }
    return name;
  } finally {
    await admin.query("select pg_advisory_unlock(727275)").catch(() => {});
    await admin.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    /** An embedded database folder just created, not migrated. */
    pgliteEmpty: string;
    /** The migrated template database's name on the server of DATABASE_URL; empty without it. */
    postgresTemplate: string;
  }
}
