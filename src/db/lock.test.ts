import { execFile, execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "./client.js";
import { DataDirLockedError } from "./lock.js";

const root = mkdtempSync(join(tmpdir(), "cityexchange-lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
/** A data folder holding a database: a copy of the one global setup created (creating one takes seconds). */
function folder(name: string): string {
  const dir = join(root, name);
  cpSync(inject("pgliteEmpty"), dir, { recursive: true });
  return dir;
}

/** A pid that no process has: one of a child that has exited and been reaped. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid;
}

// A second process opening the folder: the way a second `cityexchange serve` would.
const opener = `
  import { openDatabase } from "./src/db/client.ts";
  try {
    const db = await openDatabase({ engine: "pglite", dataDir: process.argv[1] });
    await db.close();
    console.log("opened");
  } catch (err) {
    console.log(err.constructor.name + ": " + err.message);
  }
`;

function openInAnotherProcess(dataDir: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", opener, dataDir], {
    encoding: "utf8",
  }).trim();
}

describe("the embedded database's data folder", () => {
  it("refuses a second process while the first holds it, with a message saying what to do", async () => {
    const dir = folder("busy");
    const first = await openDatabase({ engine: "pglite", dataDir: dir });
    try {
      const answer = openInAnotherProcess(dir);
      expect(answer).toMatch(
        /^DataDirLockedError: The data folder .*busy is in use by another CityExchange process/,
      );
      expect(answer).toContain(`pid ${process.pid}`);
      expect(answer).toMatch(/DATA_DIR|DATABASE_URL/);
    } finally {
      await first.close();
    }
    expect(openInAnotherProcess(dir)).toBe("opened");
  }, 60_000);

  it("refuses to open the same folder twice in one process", async () => {
    const dir = folder("twice");
    const first = await openDatabase({ engine: "pglite", dataDir: dir });
    try {
      await expect(openDatabase({ engine: "pglite", dataDir: dir })).rejects.toThrow(DataDirLockedError);
      await first.execute("select 1");
    } finally {
      await first.close();
    }
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = folder("stale");
    const first = await openDatabase({ engine: "pglite", dataDir: dir });
    await first.close();
    const pid = deadPid();
    writeFileSync(join(dir, "cityexchange.lock"), String(pid));
    const again = await openDatabase({ engine: "pglite", dataDir: dir });
    expect(readFileSync(join(dir, "cityexchange.lock"), "utf8")).toBe(String(process.pid));
    await again.close();
    expect(existsSync(join(dir, "cityexchange.lock"))).toBe(false);
  });

  it("lets only one of two processes take over a dead process's lock at the same moment", async () => {
    const dir = folder("race");
    const first = await openDatabase({ engine: "pglite", dataDir: dir });
    await first.close();
    writeFileSync(join(dir, "cityexchange.lock"), String(deadPid()));
    // Each process waits after finding the holder dead, so both decide to take over before either does.
    const racer = `
      import { lockDataDir, lockHooks } from "./src/db/lock.ts";
      lockHooks.beforeTakeover = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
      try {
        lockDataDir(process.argv[1]);
        console.log("locked");
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
      } catch (err) {
        console.log(err.constructor.name);
      }
    `;
    const race = () =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ["--import", "tsx", "--input-type=module", "-e", racer, dir],
          { encoding: "utf8" },
          (err, stdout) => (err ? reject(err) : resolve(stdout.trim())),
        ),
      );
    const answers = (await Promise.all([race(), race()])).sort();
    expect(answers).toEqual(["DataDirLockedError", "locked"]);
  }, 60_000);
});
