import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { type Running, startPlatform } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";
import { type Database, type Engine, openDatabase } from "../src/db/client.js";
import type { Module } from "../src/lib/http.js";

/** The engines every integration test runs on: always the embedded one, PostgreSQL when DATABASE_URL is set. */
export const engines: Engine[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestPlatform extends Running {
  config: Config;
  database: Database;
}

/** A fresh, migrated, empty database of the given engine, with the whole app built on it. */
export async function createTestPlatform(
  engine: Engine,
  env: Record<string, string> = {},
  options: { workers?: boolean; modules?: Module[] } = {},
): Promise<TestPlatform> {
  const config = loadConfig({ LOG_LEVEL: "silent", BASE_URL: "http://localhost:3000", ...env });
  let cleanup: () => Promise<void>;
  let database: Database;
  if (engine === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "cityexchange-test-"));
    cpSync(inject("pgliteTemplate"), dir, { recursive: true });
    database = await openDatabase({ engine: "pglite", dataDir: dir });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const url = new URL(process.env.DATABASE_URL as string);
    const name = `cx_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    url.pathname = `/${name}`;
    database = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 4 });
    cleanup = async () => {
      const drop = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    };
  }
  let running: Running;
  try {
    running = await startPlatform(config, {
      database,
      logger: false,
      workers: options.workers ?? true,
      modules: options.modules,
    });
  } catch (err) {
    await database.close();
    await cleanup();
    throw err;
  }
  return {
    ...running,
    config,
    database,
    async stop() {
      await running.stop();
      await cleanup();
    },
  };
}
