import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.js";

export type Schema = typeof schema;
/** The one database type every repo uses, whichever engine runs underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
