import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { fromRoot } from "../lib/paths.js";
import { watchTables } from "./changes.js";
import type { Database, Db } from "./client.js";
import { readChecksums, readJournal, sha256 } from "./history.js";

export const migrationsFolder = fromRoot("src/db/migrations");

/** The database recorded a migration this code does not have: nothing was changed. */
export class MigrationHistoryError extends Error {}

interface Migration {
  tag: string;
  when: number;
  sha256: string;
  statements: string[];
}

interface Repair {
  /** The migration whose earlier content the database ran. */
  tag: string;
  statements: string[];
}

const statements = (text: string) =>
  text
    .split("--> statement-breakpoint")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/**
 * The migrations of the journal, in its order, and the earlier contents of landed migrations that
 * databases may have recorded (by their SQL's sha256), each with the SQL that repairs it.
 */
export function loadMigrations(folder = migrationsFolder): {
  migrations: Migration[];
  superseded: Map<string, Repair>;
} {
  const migrations = readJournal(folder).map((entry) => {
    const text = readFileSync(join(folder, `${entry.tag}.sql`), "utf8");
    return { tag: entry.tag, when: entry.when, sha256: sha256(text), statements: statements(text) };
  });
  const superseded = new Map<string, Repair>();
  for (const landed of readChecksums(folder).migrations) {
    for (const earlier of landed.supersedes ?? []) {
      const text = readFileSync(join(folder, earlier.repair), "utf8");
      superseded.set(earlier.sha256, { tag: landed.tag, statements: statements(text) });
    }
  }
  return { migrations, superseded };
}

type Row = { id: number; hash: string; created_at: string | number | null };

async function recorded(db: Db): Promise<Row[]> {
  await db.execute(sql`create schema if not exists drizzle`);
  await db.execute(
    sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
  );
  const result = (await db.execute(
    sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at, id`,
  )) as unknown as { rows: Row[] };
  return result.rows;
}

/**
 * Brings the schema up to date, change notifications included. Safe to run at every start, and
 * from many processes at once.
 *
 * Unlike Drizzle's own migrator, which runs every migration dated after the last one recorded and
 * never reads a hash, it knows each migration by the sha256 Drizzle records (the same table, so a
 * database migrated by either reads the same): it runs every migration of the journal not
 * recorded yet, in the journal's order; it repairs a database that ran an earlier content of a
 * landed migration (`supersedes` in checksums.json); and it refuses, changing nothing, a database
 * that recorded a migration it does not know (decision 9).
 */
export async function migrate(database: Database, folder = migrationsFolder): Promise<void> {
  const { migrations, superseded } = loadMigrations(folder);
  await database.exclusive(async (db) => {
    const rows = await recorded(db);
    const unmatched = new Map<string, Migration[]>();
    for (const m of migrations) unmatched.set(m.sha256, [...(unmatched.get(m.sha256) ?? []), m]);
    const done = new Set<string>();
    const repairs = new Map<string, { row: Row; repair: Repair }>();
    for (const row of rows) {
      const known = unmatched.get(row.hash)?.shift();
      if (known) {
        done.add(known.tag);
        continue;
      }
      const repair = superseded.get(row.hash);
      if (repair && !done.has(repair.tag)) {
        done.add(repair.tag);
        repairs.set(repair.tag, { row, repair });
        continue;
      }
      const when = Number(row.created_at);
      throw new MigrationHistoryError(
        `This database has run a migration that this version of CityExchange does not have ` +
          `(sha256 ${row.hash.slice(0, 12)}, dated ${Number.isFinite(when) ? new Date(when).toISOString() : "unknown"}). ` +
          "It was migrated by a newer version or by an unmerged branch: run that version, or restore a " +
          "backup into an empty database. Nothing was changed.",
      );
    }
    const work = migrations.filter((m) => repairs.has(m.tag) || !done.has(m.tag));
    if (work.length > 0) {
      await db.transaction(async (tx) => {
        for (const m of work) {
          const repairing = repairs.get(m.tag);
          for (const statement of repairing ? repairing.repair.statements : m.statements) {
            await tx.execute(sql.raw(statement));
          }
          if (repairing) {
            await tx.execute(
              sql`update drizzle.__drizzle_migrations set hash = ${m.sha256}, created_at = ${m.when} where id = ${repairing.row.id}`,
            );
          } else {
            await tx.execute(
              sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${m.sha256}, ${m.when})`,
            );
          }
        }
      });
    }
    await watchTables(db);
  });
}
