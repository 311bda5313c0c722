import { sql } from "drizzle-orm";
import type { Db } from "./client.js";

/** The channel on which every committed change to a watched table is announced. */
export const CHANGES_CHANNEL = "cityexchange_changes";

/**
 * Tables whose rows never show on a public page: writing them must not empty the page cache.
 * Every other table of the public schema, including those later migrations add, is watched.
 */
const unwatched = ["sessions", "email_tokens", "outbox"];

const writeTarget = /^\s*(?:insert\s+into|update|delete\s+from)\s+(?:"?public"?\.)?"?(\w+)"?/i;

/**
 * Whether a statement may change what a watched table holds: every statement but reads and
 * writes to unwatched tables. Lets a process see its own writes before their notification arrives.
 */
export function mayChangeWatched(statement: string): boolean {
  const head = statement.trimStart().slice(0, 7).toLowerCase();
  if (head.startsWith("select") || head.startsWith("show") || head === "explain") return false;
  // A truncate may name several tables: it counts as a change (no target) whichever comes first.
  const target = writeTarget.exec(statement)?.[1];
  return !target || !unwatched.includes(target);
}

/**
 * Makes every table of the public schema announce its changes on CHANGES_CHANNEL. PostgreSQL
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
      and c.relname not in (${sql.join(
        unwatched.map((t) => sql`${t}`),
        sql`, `,
      )})
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
