import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { fromRoot } from "../lib/paths.js";
import { watchTables } from "./changes.js";
import type { Database } from "./client.js";

const migrationsFolder = fromRoot("src/db/migrations");

/** Brings the schema up to date, change notifications included. Safe to run at every start, and from many processes at once. */
export async function migrate(database: Database): Promise<void> {
  await database.exclusive(async (db) => {
    if (database.engine === "pglite") {
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    } else {
      await migratePg(db as unknown as NodePgDatabase, { migrationsFolder });
    }
    await watchTables(db);
  });
}
