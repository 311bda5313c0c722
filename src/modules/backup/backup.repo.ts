// Backups read and write every table, so their SQL is generic: names come from the Drizzle schema
// (never from the archive), and rows travel as JSON that PostgreSQL itself converts to each column's type.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { TableInfo } from "./backup.tables.js";

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const list = (names: string[]) =>
  sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );

/** The last migration applied: a backup restores only into a database at the same schema. */
export async function latestMigration(db: Db): Promise<string | null> {
  const [row] = await rows<{ hash: string }>(
    db,
    sql`select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1`,
  );
  return row?.hash ?? null;
}

/** One page of a table's rows as JSON objects, in a stable order (for tests and small reads). */
export async function readRows(db: Db, table: TableInfo, offset: number, limit: number): Promise<string[]> {
  const result = await rows<{ row: string }>(db, sql`${selectRows(table)} offset ${offset} limit ${limit}`);
  return result.map((r) => r.row);
}

function selectRows(table: TableInfo): SQL {
  const order = table.orderBy.length > 0 ? list(table.orderBy) : sql`1`;
  return sql`select to_jsonb(t)::text as row from ${sql.identifier(table.name)} t order by ${order}`;
}

/**
 * Reads a whole table page by page through a cursor, which resumes where the last page ended
 * (an OFFSET would read the table again from the start for every page). Needs a transaction.
 */
export async function* streamRows(db: Db, table: TableInfo, page: number): AsyncGenerator<string[]> {
  await db.execute(sql`declare backup_rows no scroll cursor for ${selectRows(table)}`);
  try {
    for (;;) {
      const batch = await rows<{ row: string }>(
        db,
        sql`fetch forward ${sql.raw(String(page))} from backup_rows`,
      );
      if (batch.length === 0) return;
      yield batch.map((r) => r.row);
    }
  } finally {
    await db.execute(sql`close backup_rows`);
  }
}

export async function countRows(db: Db, table: TableInfo): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.identifier(table.name)}`,
  );
  return Number(row.n);
}

export async function emptyTables(db: Db, tables: TableInfo[]): Promise<void> {
  await db.execute(sql`truncate ${list(tables.map((t) => t.name))} restart identity cascade`);
}

/** Inserts rows given as JSON objects, keeping their ids. */
export async function insertRows(db: Db, table: TableInfo, columns: string[], json: string[]): Promise<void> {
  const name = sql.identifier(table.name);
  const overriding = table.identityColumns.length > 0 ? sql`overriding system value` : sql``;
  await db.execute(
    sql`insert into ${name} (${list(columns)}) ${overriding}
        select ${list(columns)} from jsonb_populate_recordset(null::${name}, ${`[${json.join(",")}]`}::jsonb)`,
  );
}

/** Moves each identity past the highest restored id, so the next row added does not collide. */
export async function resetIdentities(db: Db, table: TableInfo): Promise<void> {
  for (const column of table.identityColumns) {
    await db.execute(
      sql`select setval(pg_get_serial_sequence(quote_ident(${table.name}), ${column}),
            coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table.name)}), 0) + 1, false)`,
    );
  }
}
