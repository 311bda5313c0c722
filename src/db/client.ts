import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./lock.js";
import * as schema from "./schema.js";

export type Schema = typeof schema;
/** The one database type every repo uses, whichever engine runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = "pglite" | "postgres";

export interface Database {
  db: Db;
  engine: Engine;
  /** Runs raw SQL with parameters: for the job queue and for backups, nothing else. */
  execute(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs `fn` on one connection while holding a cluster-wide lock (migrations, seeding). */
  exclusive<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { engine: "pglite"; dataDir?: string; memory?: boolean }
  | { engine: "postgres"; url: string; poolSize?: number };

/** Counts SQL statements per request, so a page's query budget can be measured. */
export const queryCounter = new AsyncLocalStorage<{ queries: number }>();
const countingLogger: Logger = {
  logQuery() {
    const store = queryCounter.getStore();
    if (store) store.queries++;
  },
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on("error", () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = drizzlePg(pool, { schema, logger: countingLogger }) as unknown as Db;
    return {
      db,
      engine: "postgres",
      async execute(text, values) {
        const result = await pool.query(text, values as unknown[]);
        return { rows: result.rows };
      },
      async exclusive(fn) {
        const conn = await pool.connect();
        try {
          await conn.query("select pg_advisory_lock(727274)");
          return await fn(drizzlePg(conn, { schema, logger: countingLogger }) as unknown as Db);
        } finally {
          await conn.query("select pg_advisory_unlock(727274)").catch(() => {});
          conn.release();
        }
      },
      close: () => pool.end(),
    };
  }

  let unlock = () => {};
  let client: PGlite;
  if (options.memory || !options.dataDir) {
    client = new PGlite();
  } else {
    const dir = resolve(options.dataDir);
    unlock = lockDataDir(dir);
    mkdirSync(resolve(dir, "pg"), { recursive: true });
    try {
      client = new PGlite(resolve(dir, "pg"));
    } catch (err) {
      unlock();
      throw err;
    }
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema, logger: countingLogger }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    async execute(text, values) {
      if (!values || values.length === 0) {
        // Several statements in one string need the simple protocol.
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await client.query(text, values);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    exclusive: (fn) => fn(db),
    async close() {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}
