import { once } from "node:events";
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { Database } from "../../db/client.js";
import { contentTypeOf, type Storage } from "../../lib/storage/index.js";
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
/** Version 2 adds the stored files after the tables; a version 1 backup (no files) still restores. */
export const VERSION = 2;
const PAGE = 2000;
/** Bytes of a file per line, before base64: lines stay short for any reader of the archive. */
const FILE_CHUNK = 48 * 1024;

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
export async function writeBackup(options: { database: Database; storage: Storage; file: string }) {
  const tables = backupTables();
  const temporary = `${options.file}.partial`;
  const gzip = createGzip();
  const done = finished(gzip.pipe(createWriteStream(temporary)));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  const counts: Record<string, number> = {};
  let files = 0;
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
    files = await writeFiles(options.storage, write);
    gzip.end();
    await done;
    renameSync(temporary, options.file);
  } catch (err) {
    gzip.destroy();
    rmSync(temporary, { force: true });
    throw err;
  }
  return { tables: counts, files };
}

/**
 * Every stored file after the tables: a line `{"file", "size"}`, then its bytes in base64 lines.
 * Files are read after the rows, so a file the rows name is there (files are never changed, only
 * added and removed).
 */
async function writeFiles(storage: Storage, write: (line: string) => Promise<void>): Promise<number> {
  let count = 0;
  for await (const item of storage.list()) {
    const found = await storage.get(item.key);
    if (!found) continue;
    await write(JSON.stringify({ file: item.key, size: found.size }));
    // Streamed in lines of FILE_CHUNK bytes, whatever the size of the chunks the storage gives.
    let pending = Buffer.alloc(0);
    let written = 0;
    for await (const chunk of found.body) {
      pending = Buffer.concat([pending, chunk as Buffer]);
      while (pending.length >= FILE_CHUNK) {
        await write(pending.subarray(0, FILE_CHUNK).toString("base64"));
        written += FILE_CHUNK;
        pending = pending.subarray(FILE_CHUNK);
      }
    }
    if (pending.length > 0) await write(pending.toString("base64"));
    if (written + pending.length !== found.size)
      throw new Error(`The file ${item.key} changed during the backup`);
    count++;
  }
  return count;
}

/**
 * Loads a backup into this database in one transaction: all of it, or nothing. A database that
 * already holds data is refused unless `force`, which replaces everything in it.
 */
export async function restoreBackup(options: {
  database: Database;
  storage: Storage;
  file: string;
  force?: boolean;
}) {
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
  const restoredFiles: string[] = [];
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
        const section = JSON.parse(line) as
          | { table: string; columns: string[]; rows: number }
          | { file: string; size: number };
        if ("file" in section) {
          await restoreFile(options.storage, section, next);
          restoredFiles.push(section.file);
          line = await next();
          continue;
        }
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
  // Replacing everything: the files no restored row can name go too, once the rows are committed.
  if (options.force) {
    const kept = new Set(restoredFiles);
    const stale: string[] = [];
    for await (const item of options.storage.list()) if (!kept.has(item.key)) stale.push(item.key);
    for (const key of stale) await options.storage.delete(key);
  }
  return { tables: counts, files: restoredFiles.length };
}

/** Streams one file's base64 lines back into storage. */
async function restoreFile(
  storage: Storage,
  section: { file: string; size: number },
  next: () => Promise<string | undefined>,
): Promise<void> {
  async function* bytes() {
    let received = 0;
    while (received < section.size) {
      const line = await next();
      if (line === undefined)
        throw new RestoreRefused(`The backup ends in the middle of file ${section.file}.`);
      const chunk = Buffer.from(line, "base64");
      received += chunk.length;
      yield chunk;
    }
  }
  await storage.put(section.file, Readable.from(bytes()), {
    contentType: contentTypeOf(section.file) ?? "application/octet-stream",
  });
}

function parseHeader(line: string | undefined): Header {
  let header: Partial<Header> | undefined;
  try {
    header = line ? (JSON.parse(line) as Partial<Header>) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.format !== FORMAT) throw new RestoreRefused("This file is not a CityExchange backup.");
  if (header.version !== VERSION && header.version !== 1)
    throw new RestoreRefused(
      `This backup's format version ${header.version} is not supported here (${VERSION}).`,
    );
  return header as Header;
}

export type { TableInfo };
