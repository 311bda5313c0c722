import { once } from "node:events";
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { Database } from "../../db/client.js";
import {
  countRows,
  emptyTables,
  insertRows,
  latestMigration,
  resetIdentities,
  streamRows,
} from "./backup.repo.js";
import { backupTables, type TableInfo } from "./backup.tables.js";

export const FORMAT = "cityexchange-backup";
export const VERSION = 1;
const PAGE = 2000;

/** A backup that cannot be restored here; the message says why and what to do. */
export class RestoreRefused extends Error {}

interface Header {
  format: string;
  version: number;
  migration: string | null;
  createdAt: string;
  tables: string[];
}

/**
 * Writes every table to a gzip'd JSON Lines file: a header line, then for each table a line
 * naming it and its columns, followed by one JSON object per row. Read in one snapshot, so the
 * archive is consistent even while the platform serves requests.
 */
export async function writeBackup(options: { database: Database; file: string }) {
  const tables = backupTables();
  const temporary = `${options.file}.partial`;
  const gzip = createGzip();
  const done = finished(gzip.pipe(createWriteStream(temporary)));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  const counts: Record<string, number> = {};
  try {
    await options.database.db.transaction(
      async (tx) => {
        const header: Header = {
          format: FORMAT,
          version: VERSION,
          migration: await latestMigration(tx),
          createdAt: new Date().toISOString(),
          tables: tables.map((t) => t.name),
        };
        await write(JSON.stringify(header));
        for (const table of tables) {
          const rows = await countRows(tx, table);
          counts[table.name] = rows;
          await write(JSON.stringify({ table: table.name, columns: table.columns, rows }));
          let written = 0;
          for await (const page of streamRows(tx, table, PAGE)) {
            for (const row of page) if (written++ < rows) await write(row);
          }
        }
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    gzip.end();
    await done;
    renameSync(temporary, options.file);
  } catch (err) {
    gzip.destroy();
    rmSync(temporary, { force: true });
    throw err;
  }
  return { tables: counts };
}

/**
 * Loads a backup into this database in one transaction: all of it, or nothing. A database that
 * already holds data is refused unless `force`, which replaces everything in it.
 */
export async function restoreBackup(options: { database: Database; file: string; force?: boolean }) {
  const known = new Map(backupTables().map((t) => [t.name, t]));
  const lines = createInterface({
    input: createReadStream(options.file).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? undefined : (value as string);
  };
  const header = parseHeader(await next().catch(() => undefined));
  const counts: Record<string, number> = {};
  try {
    await options.database.db.transaction(async (tx) => {
      const migration = await latestMigration(tx);
      if (header.migration !== migration) {
        throw new RestoreRefused(
          "This backup was made with another version of the database schema " +
            `(${header.migration ?? "none"}, here ${migration ?? "none"}): restore it with the CityExchange version that made it.`,
        );
      }
      const tables = [...known.values()];
      if (options.force) await emptyTables(tx, tables);
      else {
        for (const table of tables) {
          if ((await countRows(tx, table)) > 0) {
            throw new RestoreRefused(
              `The database is not empty (table ${table.name} has rows). Restore into an empty database, or add --force to replace everything in it.`,
            );
          }
        }
      }
      let line = await next();
      while (line !== undefined) {
        const section = JSON.parse(line) as { table: string; columns: string[]; rows: number };
        const table = known.get(section.table);
        if (!table)
          throw new RestoreRefused(`The backup has a table this version does not know: ${section.table}.`);
        const unknown = section.columns.filter((c) => !table.columns.includes(c));
        if (unknown.length > 0)
          throw new RestoreRefused(
            `The backup's table ${table.name} has unknown columns: ${unknown.join(", ")}.`,
          );
        let batch: string[] = [];
        let restored = 0;
        for (let i = 0; i < section.rows; i++) {
          const row = await next();
          if (row === undefined)
            throw new RestoreRefused(`The backup ends in the middle of table ${table.name}.`);
          batch.push(row);
          if (batch.length === PAGE || i === section.rows - 1) {
            await insertRows(tx, table, section.columns, batch);
            restored += batch.length;
            batch = [];
          }
        }
        counts[table.name] = restored;
        line = await next();
      }
      for (const table of tables) await resetIdentities(tx, table);
    });
  } finally {
    lines.close();
  }
  return { tables: counts };
}

function parseHeader(line: string | undefined): Header {
  let header: Partial<Header> | undefined;
  try {
    header = line ? (JSON.parse(line) as Partial<Header>) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.format !== FORMAT) throw new RestoreRefused("This file is not a CityExchange backup.");
  if (header.version !== VERSION)
    throw new RestoreRefused(
      `This backup's format version ${header.version} is not supported here (${VERSION}).`,
    );
  return header as Header;
}

export type { TableInfo };
