import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import type { DestinationStream } from "pino";
import { inject } from "vitest";
import { type Running, startPlatform } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";
import { type Database, type Engine, openDatabase } from "../src/db/client.js";
import type { Module } from "../src/lib/module.js";

/** The engines every integration test runs on: always the embedded one, PostgreSQL when DATABASE_URL is set. */
export const engines: Engine[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestPlatform extends Running {
  config: Config;
  database: Database;
}

/** Where a test database lives: a data folder (embedded) or a URL (PostgreSQL), and how to remove it. */
export interface TestDatabaseLocation {
  engine: Engine;
  /** The data folder, for the embedded engine (`DATA_DIR`). */
  dataDir?: string;
  /** The database's URL, for PostgreSQL (`DATABASE_URL`). */
  url?: string;
  remove(): Promise<void>;
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database of the given engine, not opened: migrated (copied from the template that global
 * setup migrated once, in milliseconds) unless `migrated: false` asks for an empty one (copied
 * too on the embedded engine, which takes seconds to create a database).
 */
export async function createTestDatabaseLocation(
  engine: Engine,
  { migrated = true }: { migrated?: boolean } = {},
): Promise<TestDatabaseLocation> {
  if (engine === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "cityexchange-test-"));
    cpSync(inject(migrated ? "pgliteTemplate" : "pgliteEmpty"), dir, { recursive: true });
    return { engine, dataDir: dir, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `cx_test_${randomBytes(6).toString("hex")}`;
  const template = migrated ? inject("postgresTemplate") : undefined;
  await onServer((c) => c.query(`create database ${name}${template ? ` template ${template}` : ""}`));
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    remove: () => onServer((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

const run = promisify(execFile);

/**
 * Runs the `cityexchange` command on a test database, as `npx cityexchange` does: through
 * bin/cityexchange.js, which runs the bundle of src/ (rebuilt when a source is newer), so each
 * command starts without compiling the sources again.
 */
export async function runCli(
  location: TestDatabaseLocation,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Vitest puts Vite's BASE_URL, MODE... into the environment: the command must not see them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  const database = location.url
    ? { DATABASE_URL: location.url }
    : { DATABASE_URL: "", DATA_DIR: location.dataDir as string };
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/cityexchange.js", ...args], {
      env: { ...env, ...database },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A new database of the given engine, open: migrated unless `migrated: false`. */
export async function createTestDatabase(
  engine: Engine,
  options: { migrated?: boolean } = {},
): Promise<{ database: Database; location: TestDatabaseLocation; stop(): Promise<void> }> {
  const location = await createTestDatabaseLocation(engine, options);
  const database = await openDatabase(
    engine === "pglite"
      ? { engine, dataDir: location.dataDir as string }
      : { engine, url: location.url as string, poolSize: 4 },
  );
  return {
    database,
    location,
    async stop() {
      await database.close();
      await location.remove();
    },
  };
}

/** A fresh, migrated, empty database of the given engine, with the whole app built on it. */
export async function createTestPlatform(
  engine: Engine,
  env: Record<string, string> = {},
  options: { workers?: boolean; logStream?: DestinationStream; modules?: Module[] } = {},
): Promise<TestPlatform> {
  // Uploaded files go to a folder of the test's own, removed with its database.
  const files = mkdtempSync(join(tmpdir(), "cityexchange-files-"));
  const config = loadConfig({
    LOG_LEVEL: "silent",
    BASE_URL: "http://localhost:3000",
    FILES_DIR: files,
    ...env,
  });
  const location = await createTestDatabaseLocation(engine);
  const database = await openDatabase(
    engine === "pglite"
      ? { engine, dataDir: location.dataDir as string }
      : { engine, url: location.url as string, poolSize: 4 },
  );
  let running: Running;
  try {
    running = await startPlatform(config, {
      database,
      logger: Boolean(options.logStream),
      logStream: options.logStream,
      workers: options.workers ?? true,
      modules: options.modules,
    });
  } catch (err) {
    await database.close();
    await location.remove();
    throw err;
  }
  return {
    ...running,
    config,
    database,
    async stop() {
      await running.stop();
      await location.remove();
      rmSync(files, { recursive: true, force: true });
    },
  };
}
