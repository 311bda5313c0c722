import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "cityexchange-backup-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(dataDir: string, ...args: string[]) {
  // Vitest puts Vite's BASE_URL, MODE... into the environment: the command must not see them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      env: { ...env, DATABASE_URL: "", DATA_DIR: join(dir, dataDir) },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("cityexchange backup and restore", () => {
  it("copies one data folder into another, and will not overwrite data without --force", async () => {
    const file = join(dir, "platform.jsonl.gz");
    await cli("first", "import", "places", "--limit", "20");
    const backup = await cli("first", "backup", file);
    expect(backup.stdout).toMatch(/Backed up 20 rows in \d+ tables to .*platform\.jsonl\.gz/);
    expect(existsSync(file)).toBe(true);

    const restore = await cli("second", "restore", file);
    expect(restore.stdout).toMatch(/Restored 20 rows/);

    const again = await cli("second", "restore", file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Nothing was restored. The database is not empty");
    expect((await cli("second", "restore", file, "--force")).stdout).toMatch(/Restored 20 rows/);
  }, 180_000);
});
