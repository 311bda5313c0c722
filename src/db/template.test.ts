import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client.js";
import { readJournal } from "./history.js";
import { migrationsFolder } from "./migrate.js";
import { fillFromTemplate } from "./template.js";

const dir = mkdtempSync(join(tmpdir(), "cx-first-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a first start on an empty data folder", () => {
  it("opens a copy of the migrated template instead of creating the database: every migration is there before the runner runs", async () => {
    const database = await openDatabase({
      engine: "pglite",
      dataDir: join(dir, "data"),
      fillEmpty: fillFromTemplate,
    });
    try {
      const { rows } = await database.execute("select count(*)::int as n from drizzle.__drizzle_migrations");
      expect(rows[0].n).toBe(readJournal(migrationsFolder).length);
      const { rows: tables } = await database.execute("select to_regclass('public.places')::text as t");
      expect(tables[0].t).toBe("places");
    } finally {
      await database.close();
    }
  }, 120_000);

  it("leaves a folder that already holds a database as it is", async () => {
    const first = await openDatabase({
      engine: "pglite",
      dataDir: join(dir, "kept"),
      fillEmpty: fillFromTemplate,
    });
    await first.execute("create table kept_here (id int)");
    await first.close();
    const again = await openDatabase({
      engine: "pglite",
      dataDir: join(dir, "kept"),
      fillEmpty: fillFromTemplate,
    });
    try {
      const { rows } = await again.execute("select to_regclass('public.kept_here')::text as t");
      expect(rows[0].t).toBe("kept_here");
    } finally {
      await again.close();
    }
  }, 120_000);
});
