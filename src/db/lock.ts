import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

export class DataDirLockedError extends Error {}

const LOCK_FILE = "cityexchange.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8"), 10);
    return Number.isInteger(pid) ? pid : Number.NaN;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** For tests: called when a dead holder was found, before the takeover; to widen a race. */
export const lockHooks: { beforeTakeover?: () => void } = {};

/**
 * Replaces the lock of a dead process by ours, unless another process is doing the same. The claim
 * file, made exclusively, lets one process at a time take over from a given dead holder; under it,
 * the lock is read again (another may have finished the takeover just before) and replaced by a
 * rename, so there is never a moment without a lock for a third process to slip into.
 */
function takeOver(path: string, dead: number): boolean {
  const claim = `${path}.takeover-${Number.isNaN(dead) ? "unreadable" : dead}`;
  try {
    closeSync(openSync(claim, "wx"));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
  try {
    const now = holderOf(path);
    if (now !== dead && !(Number.isNaN(now) && Number.isNaN(dead))) return false;
    const mine = `${path}.${process.pid}`;
    writeFileSync(mine, String(process.pid));
    renameSync(mine, path);
    return true;
  } finally {
    rmSync(claim, { force: true });
  }
}

/**
 * Takes the embedded database's folder for this process alone. The embedded engine does not
 * lock its files, and a second process writing the same folder loses committed rows.
 * A lock left by a process that died (kill -9, power cut) is taken over, by one process only.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const unlock = () => {
    if (holderOf(path) === process.pid) rmSync(path, { force: true });
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    // Written aside, then linked in place (which fails if a lock exists): a lock is never seen empty.
    const mine = `${path}.${process.pid}`;
    writeFileSync(mine, String(process.pid));
    try {
      linkSync(mine, path);
      return unlock;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    } finally {
      rmSync(mine, { force: true });
    }
    const holder = holderOf(path);
    if (holder === undefined) continue;
    if (holder === process.pid) {
      throw new DataDirLockedError(`The data folder ${dir} is already open in this process.`);
    }
    if (!Number.isNaN(holder) && isAlive(holder)) {
      throw new DataDirLockedError(
        `The data folder ${dir} is in use by another CityExchange process (pid ${holder}). ` +
          "Stop that process first, or set DATA_DIR to another folder, or DATABASE_URL to share a PostgreSQL server.",
      );
    }
    lockHooks.beforeTakeover?.();
    if (takeOver(path, holder)) return unlock;
    // Another process is taking over: once it is done, its lock names a live process.
    sleep(25);
  }
  throw new DataDirLockedError(
    `Could not lock the data folder ${dir}. If no CityExchange process uses it, remove ${path}.takeover-* and start again.`,
  );
}
