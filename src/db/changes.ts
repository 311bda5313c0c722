import { sql } from "drizzle-orm";
import type { Db } from "./types.js";

/** The channel on which every committed change to a watched table is announced. */
export const CHANGES_CHANNEL = "cityexchange_changes";

/** Statements that change no table themselves (a transaction's writes are seen one by one). */
const notWrites = new Set([
  "select",
  "show",
  "explain",
  "begin",
  "commit",
  "rollback",
  "savepoint",
  "release",
  "set",
]);
const writeTarget = /^\s*(?:insert\s+into|update|delete\s+from)\s+(?:"?public"?\.)?"?(\w+)"?/i;

/**
 * The table a statement may change: its name; `null` when that cannot be told from its head (a
 * truncate, which may name several tables, a `with` that writes...); `undefined` for a read.
 * Lets a process forget what a write of its own changes before its notification arrives.
 */
export function writtenTable(statement: string): string | null | undefined {
  const head = /^\s*(\w+)/.exec(statement)?.[1]?.toLowerCase() ?? "";
  if (notWrites.has(head)) return undefined;
  return writeTarget.exec(statement)?.[1] ?? null;
}

/**
 * Makes every table of the public schema announce its changes on CHANGES_CHANNEL, the table's name
 * as the payload. Which tables matter is for the listener to say (modules declare their private
 * tables, and the page cache ignores those), so the database layer needs to know no module. PostgreSQL
 * delivers a NOTIFY only when its transaction commits, and once per transaction and table, so
 * listeners hear of committed data only. Idempotent; run after the migrations.
 */
export async function watchTables(db: Db): Promise<void> {
  await db.execute(
    sql.raw(`create or replace function cx_notify_change() returns trigger language plpgsql as $$
      begin
        perform pg_notify('${CHANGES_CHANNEL}', tg_table_name);
        return null;
      end $$`),
  );
  const missing = (await db.execute(sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'cx_changed')`)) as unknown as {
    rows: { name: string }[];
  };
  for (const { name } of missing.rows) {
    await db.execute(
      sql.raw(`create trigger cx_changed after insert or update or delete or truncate on "${name}"
        for each statement execute function cx_notify_change()`),
    );
  }
}
