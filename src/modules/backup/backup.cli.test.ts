import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabaseLocation,
  engines,
  runCli,
  type TestDatabaseLocation,
} from "../../../tests/harness.js";

const dir = mkdtempSync(join(tmpdir(), "cityexchange-backup-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(engines)("cityexchange backup and restore on %s", (engine) => {
  const databases: Record<string, TestDatabaseLocation> = {};
  beforeAll(async () => {
    databases.first = await createTestDatabaseLocation(engine);
    databases.second = await createTestDatabaseLocation(engine);
  });
  afterAll(async () => {
    for (const location of Object.values(databases)) await location.remove();
  });
  const cli = (name: string, ...args: string[]) => runCli(databases[name], ...args);

  it("copies one database into another, and will not overwrite data without --force", async () => {
    const file = join(dir, `platform-${engine}.jsonl.gz`);
    // 20 places and their 20 search documents.
    await cli("first", "import", "places", "--limit", "20");
    const backup = await cli("first", "backup", file);
    expect(backup.stdout).toMatch(/Backed up 40 rows in \d+ tables and 0 files to .*platform-\w+\.jsonl\.gz/);
    expect(existsSync(file)).toBe(true);

    const restore = await cli("second", "restore", file);
    expect(restore.stdout).toMatch(/Restored 40 rows/);

    const again = await cli("second", "restore", file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Nothing was restored. The database is not empty");
    expect((await cli("second", "restore", file, "--force")).stdout).toMatch(/Restored 40 rows/);
  }, 180_000);
});
