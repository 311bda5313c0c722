import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { type LocalS3, startLocalS3 } from "../../../tests/s3.js";
import type { Engine } from "../../db/client.js";
import type { Storage } from "../../lib/storage/index.js";
import { readRows } from "./backup.repo.js";
import { RestoreRefused, restoreBackup, writeBackup } from "./backup.service.js";
import { backupTables } from "./backup.tables.js";

const dir = mkdtempSync(join(tmpdir(), "cityexchange-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Values that a careless format loses: accents and quotes, JSON, microseconds, floats, nulls, gaps in ids.
const content = `
  insert into users (email, name, password_hash, is_admin, locale, created_at)
    values ('ana@example.org', 'Ana "Ñ" O''Brien', 'scrypt$x', true, 'es', '2026-01-02 03:04:05.123456+00'),
           ('gone@example.org', 'Gone', 'scrypt$y', false, 'fr', now());
  delete from users where email = 'gone@example.org';
  insert into networks (slug, acronym, name, description)
    values ('uccn', 'UCCN', '{"en": "Creative Cities", "fr": "Villes créatives"}', '{"en": "<b>bold</b>"}');
  insert into network_sections (network_id, slug, kind, name)
    select id, 'music', 'field', '{"en": "Music"}' from networks;
  insert into places (slug, name, names, country, region, latitude, longitude, population, geonames_id)
    values ('kutahya-tr', 'Kütahya', '{"fr": "Kütahya"}', 'TR', 'asia', 39.424170000000004, 29.98333, 185008, 305268),
           ('nowhere-fr', 'Nowhere', '{}', 'FR', 'europe', null, null, null, null);
  insert into memberships (network_id, place_id, section_id, since_year)
    select n.id, p.id, s.id, 2017 from networks n, places p, network_sections s where p.slug = 'kutahya-tr';
  insert into network_roles (user_id, network_id, role) select u.id, n.id, 'editor' from users u, networks n;
`;

async function dump(platform: TestPlatform): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of backupTables())
    out[table.name] = await readRows(platform.database.db, table, 0, 100_000);
  return out;
}

describe("the tables a backup covers", () => {
  it("are all the application's tables, each after the tables its rows point to", () => {
    const names = backupTables().map((t) => t.name);
    for (const name of ["users", "sessions", "networks", "places", "memberships", "outbox"])
      expect(names).toContain(name);
    const position = new Map(names.map((n, i) => [n, i]));
    for (const table of backupTables())
      for (const parent of table.dependsOn)
        expect(position.get(parent)).toBeLessThan(position.get(table.name) as number);
  });
});

const directions: [Engine, Engine][] = engines.flatMap((from) =>
  engines.map((to) => [from, to] as [Engine, Engine]),
);

describe.each(directions)("a backup made on %s and restored on %s", (from, to) => {
  let source: TestPlatform;
  let target: TestPlatform;
  const file = join(dir, `${from}-${to}.jsonl.gz`);
  beforeAll(async () => {
    [source, target] = await Promise.all([
      createTestPlatform(from, {}, { workers: false }),
      createTestPlatform(to, {}, { workers: false }),
    ]);
    await source.database.execute(content);
  });
  afterAll(async () => {
    await source?.stop();
    await target?.stop();
  });

  it("brings back every row exactly, and new rows get fresh ids", async () => {
    const written = await writeBackup({ database: source.database, storage: source.deps.storage, file });
    expect(written.tables).toMatchObject({ users: 1, places: 2, memberships: 1, network_roles: 1 });
    await restoreBackup({ database: target.database, storage: target.deps.storage, file });
    expect(await dump(target)).toEqual(await dump(source));
    const { rows } = await target.database.execute(
      "insert into users (email, name, password_hash) values ('new@example.org', 'New', 'h') returning id",
    );
    // Without the identity moved past the restored rows, this insert would collide with user 1.
    expect(Number(rows[0].id)).toBe(2);
  });

  it("refuses a database that already has data, unless told to replace it", async () => {
    await expect(
      restoreBackup({ database: target.database, storage: target.deps.storage, file }),
    ).rejects.toThrow(/not empty.*--force/);
    await restoreBackup({ database: target.database, storage: target.deps.storage, file, force: true });
    expect(await dump(target)).toEqual(await dump(source));
  });
});

describe.each(engines)("restoring on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
  });
  afterAll(() => platform?.stop());

  it("covers every table the migrations create, so a table left out of src/db/schema.ts is noticed", async () => {
    // The migrations' own bookkeeping lives in the drizzle schema and pg-boss's in its own: neither is in public.
    const { rows } = await platform.database.execute(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    const created = rows.map((r) => String(r.table_name)).sort();
    expect(created.length).toBeGreaterThan(5);
    expect(
      backupTables()
        .map((t) => t.name)
        .sort(),
    ).toEqual(created);
  });

  it("refuses a file that is not a backup, changing nothing", async () => {
    const file = join(dir, `other-${engine}.gz`);
    writeFileSync(file, gzipSync('{"hello": "world"}\n'));
    await expect(
      restoreBackup({ database: platform.database, storage: platform.deps.storage, file }),
    ).rejects.toThrow(RestoreRefused);
  });

  it("restores all or nothing when the archive is cut short", async () => {
    const source = join(dir, `cut-${engine}.gz`);
    const header = { format: "cityexchange-backup", version: 1, createdAt: "", tables: [] };
    const { rows } = await platform.database.execute(
      "select hash from drizzle.__drizzle_migrations order by created_at desc limit 1",
    );
    const lines = [
      JSON.stringify({ ...header, migration: rows[0].hash }),
      JSON.stringify({ table: "networks", columns: ["id", "slug", "acronym"], rows: 0 }),
      JSON.stringify({ table: "users", columns: ["id", "email", "name", "password_hash"], rows: 2 }),
      JSON.stringify({ id: 1, email: "a@example.org", name: "A", password_hash: "h" }),
    ];
    writeFileSync(source, gzipSync(`${lines.join("\n")}\n`));
    await expect(
      restoreBackup({ database: platform.database, storage: platform.deps.storage, file: source }),
    ).rejects.toThrow(/ends in the middle/);
    const count = await platform.database.execute("select count(*)::int as n from users");
    expect(Number(count.rows[0].n)).toBe(0);
  });

  it("refuses a backup made at another version of the schema", async () => {
    const source = join(dir, `old-${engine}.gz`);
    const header = { format: "cityexchange-backup", version: 1, createdAt: "", tables: [], migration: "0ld" };
    writeFileSync(source, gzipSync(`${JSON.stringify(header)}\n`));
    await expect(
      restoreBackup({ database: platform.database, storage: platform.deps.storage, file: source }),
    ).rejects.toThrow(/another version of the database schema/);
  });
});

async function storedFiles(storage: Storage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const item of storage.list()) {
    const found = await storage.get(item.key);
    out[item.key] = (await buffer(found?.body as Readable)).toString("base64");
  }
  return out;
}

describe("the files of a backup, from a folder to an S3 bucket", () => {
  let s3: LocalS3;
  let source: TestPlatform;
  let target: TestPlatform;
  const file = join(dir, "with-files.jsonl.gz");
  // Larger than a line of the archive, and bytes no text encoding would keep.
  const big = Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 7919) % 256));
  beforeAll(async () => {
    s3 = await startLocalS3();
    [source, target] = await Promise.all([
      createTestPlatform("pglite", {}, { workers: false }),
      createTestPlatform("pglite", s3.env, { workers: false }),
    ]);
    await source.database.execute(content);
    await source.deps.storage.put("logos/aa11/original.png", Readable.from([big]), {
      contentType: "image/png",
    });
    await source.deps.storage.put("logos/aa11/160.webp", Readable.from([Buffer.from("small")]), {
      contentType: "image/webp",
    });
    await source.deps.storage.put("logos/bb22/empty.webp", Readable.from([]), { contentType: "image/webp" });
  });
  afterAll(async () => {
    await source?.stop();
    await target?.stop();
    await s3?.stop();
  });

  it("carries every stored file, byte for byte, and a forced restore removes the files it does not have", async () => {
    const written = await writeBackup({ database: source.database, storage: source.deps.storage, file });
    expect(written.files).toBe(3);
    await target.deps.storage.put("logos/zz99/stale.webp", Readable.from([Buffer.from("old")]), {
      contentType: "image/webp",
    });
    const restored = await restoreBackup({
      database: target.database,
      storage: target.deps.storage,
      file,
      force: true,
    });
    expect(restored.files).toBe(3);
    expect(await storedFiles(target.deps.storage)).toEqual(await storedFiles(source.deps.storage));
    expect(await dump(target)).toEqual(await dump(source));
  });

  it("still restores a backup of the first format, which had no files", async () => {
    const { rows } = await target.database.execute(
      "select hash from drizzle.__drizzle_migrations order by created_at desc limit 1",
    );
    const old = join(dir, "version-1.gz");
    const header = {
      format: "cityexchange-backup",
      version: 1,
      createdAt: "",
      tables: [],
      migration: rows[0].hash,
    };
    writeFileSync(old, gzipSync(`${JSON.stringify(header)}\n`));
    const restored = await restoreBackup({
      database: target.database,
      storage: target.deps.storage,
      file: old,
      force: true,
    });
    expect(restored.files).toBe(0);
    expect(await storedFiles(target.deps.storage)).toEqual({});
  });
});
