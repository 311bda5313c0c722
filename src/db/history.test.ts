import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fromRoot } from "../lib/paths.js";
import { checkHistory, schemaDrift } from "./history.js";

const folder = fromRoot("src/db/migrations");
const copies: string[] = [];

/** A copy of the migrations folder that a test may spoil. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), "cx-migrations-"));
  copies.push(dir);
  cpSync(folder, dir, { recursive: true });
  return dir;
}

function editJournal(dir: string, edit: (entries: { when: number; tag: string }[]) => void) {
  const path = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(path, "utf8"));
  edit(journal.entries);
  writeFileSync(path, JSON.stringify(journal, null, 2));
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the migrations' history", () => {
  it("is append-only as committed: every migration recorded, unchanged since it landed, in journal order", () => {
    expect(checkHistory(folder)).toEqual([]);
  });

  it("fails when a landed migration's SQL is edited, even by one added clause", () => {
    const dir = copy();
    const sql = join(dir, "0000_init.sql");
    writeFileSync(
      sql,
      readFileSync(sql, "utf8").replace('"slug" text NOT NULL', '"slug" text COLLATE "C" NOT NULL'),
    );
    expect(checkHistory(dir)).toEqual([expect.stringContaining("Landed migration 0000_init.sql changed")]);
  });

  it("fails when a landed migration's snapshot is edited", () => {
    const dir = copy();
    const snapshot = join(dir, "meta", "0001_snapshot.json");
    writeFileSync(snapshot, `${readFileSync(snapshot, "utf8")}\n`);
    expect(checkHistory(dir)).toEqual([expect.stringContaining("snapshot of landed migration 0001")]);
  });

  it("fails when a landed migration is re-dated, as regenerating it would do", () => {
    const dir = copy();
    editJournal(dir, (entries) => {
      entries[1].when += 1000;
    });
    expect(checkHistory(dir)).toEqual([expect.stringContaining("was re-dated")]);
  });

  it("fails when the journal's timestamps do not rise with its order, so Drizzle would skip a migration", () => {
    const dir = copy();
    editJournal(dir, (entries) => {
      entries[1].when = entries[0].when - 1;
    });
    expect(checkHistory(dir)).toEqual(
      expect.arrayContaining([expect.stringContaining("not after the migration before it")]),
    );
  });

  it("fails on a migration that is not recorded yet, and on an SQL file the journal does not list", () => {
    const dir = copy();
    const checksums = JSON.parse(readFileSync(join(dir, "checksums.json"), "utf8"));
    checksums.migrations.pop();
    writeFileSync(join(dir, "checksums.json"), JSON.stringify(checksums));
    writeFileSync(join(dir, "0009_stray.sql"), "select 1;");
    const problems = checkHistory(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("is not recorded in src/db/migrations/checksums.json"),
        expect.stringContaining("0009_stray.sql is not in meta/_journal.json"),
      ]),
    );
  });

  it("agrees with the code's tables: drizzle-kit generates nothing from them on top of the migrations", () => {
    expect(schemaDrift(folder)).toEqual([]);
  });

  it("disagrees with the code's tables when the last migration is missing, so the drift check can fail", () => {
    const dir = copy();
    let last = "";
    editJournal(dir, (entries) => {
      last = entries.pop()?.tag ?? "";
    });
    unlinkSync(join(dir, `${last}.sql`));
    unlinkSync(join(dir, "meta", `${last.split("_")[0]}_snapshot.json`));
    const drift = schemaDrift(dir);
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatch(/^\d{4}_drift\.sql:\n(CREATE|ALTER|DROP)/);
  });
});
