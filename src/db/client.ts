import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { writtenTable } from "./changes.js";
import { listenOnServer } from "./listen.js";
import { lockDataDir } from "./lock.js";
import * as schema from "./schema.js";
import type { Db } from "./types.js";

export type { Db, Schema } from "./types.js";
export type Engine = "pglite" | "postgres";

export interface Database {
  db: Db;
  engine: Engine;
  /**
   * Runs raw SQL with parameters: for the job queue and for backups, nothing else. Neither counted
   * nor heard by `onWrite` (the queue polls its own schema every second); a change it commits to a
   * watched table still reaches the page cache through its notification.
   */
  execute(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /**
   * Calls `onMessage` for every notification on `channel`. On a server, notifications travel on a
   * connection of their own: `onGap` hears when it is lost (notifications may be missed until
   * it returns) and when it is back. Returns a function that stops listening.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onGap?: (state: "lost" | "restored") => void,
  ): Promise<() => Promise<void>>;
  /**
   * Calls `listener` before every statement of this process that may change a table, with the
   * table's name, or `null` when it cannot be told (see changes.ts). Returns a function that stops it.
   */
  onWrite(listener: (table: string | null) => void): () => void;
  /** Runs `fn` on one connection while holding a cluster-wide lock (migrations, seeding). */
  exclusive<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | {
      engine: "pglite";
      dataDir?: string;
      memory?: boolean;
      /** Fills the data folder's empty database folder before the engine opens it (a copy of a template). */
      fillEmpty?: (pgDir: string) => Promise<void>;
    }
  | { engine: "postgres"; url: string; poolSize?: number };

/** Counts SQL statements per request, so a page's query budget can be measured. */
export const queryCounter = new AsyncLocalStorage<{ queries: number }>();

/** What every engine shares: the statement counter and the write listeners. */
function observer() {
  const listeners = new Set<(table: string | null) => void>();
  const seen = (statement: string) => {
    if (listeners.size === 0) return;
    const table = writtenTable(statement);
    if (table !== undefined) for (const listener of listeners) listener(table);
  };
  const logger: Logger = {
    logQuery(statement) {
      const store = queryCounter.getStore();
      if (store) store.queries++;
      seen(statement);
    },
  };
  return {
    logger,
    onWrite(listener: (table: string | null) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Answers once the database answers a trivial statement; throws when it cannot be reached. */
export async function ping(database: Database): Promise<void> {
  await database.execute("select 1");
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const watch = observer();
  const { logger } = watch;
  if (options.engine === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on("error", () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = drizzlePg(pool, { schema, logger }) as unknown as Db;
    return {
      db,
      engine: "postgres",
      onWrite: watch.onWrite,
      async execute(text, values) {
        const result = await pool.query(text, values as unknown[]);
        return { rows: result.rows };
      },
      listen: (channel, onMessage, onGap) => listenOnServer(options.url, channel, onMessage, onGap),
      async exclusive(fn) {
        const conn = await pool.connect();
        try {
          await conn.query("select pg_advisory_lock(727274)");
          return await fn(drizzlePg(conn, { schema, logger }) as unknown as Db);
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
  // The contrib extensions search needs (migration 0004 creates them); a server ships them already.
  const extensions = { unaccent, pg_trgm };
  if (options.memory || !options.dataDir) {
    client = new PGlite({ extensions });
  } else {
    const dir = resolve(options.dataDir);
    unlock = lockDataDir(dir);
    const pgDir = resolve(dir, "pg");
    try {
      if (options.fillEmpty && (!existsSync(pgDir) || readdirSync(pgDir).length === 0)) {
        await options.fillEmpty(pgDir);
      }
      mkdirSync(pgDir, { recursive: true });
      client = new PGlite(pgDir, { extensions });
    } catch (err) {
      unlock();
      throw err;
    }
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    onWrite: watch.onWrite,
    async execute(text, values) {
      if (!values || values.length === 0) {
        // Several statements in one string need the simple protocol.
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await client.query(text, values);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    async listen(channel, onMessage) {
      const stop = await client.listen(channel, onMessage);
      return () => stop();
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
