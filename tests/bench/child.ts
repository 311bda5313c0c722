import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** As `npm start` runs it: the `cityexchange` command, which runs the bundle of src/. */
const command = `${root}bin/cityexchange.js`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function cli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [command, ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Builds the command's bundle if src/ changed, so that no timed start pays for it. */
export async function prepareCommand(): Promise<void> {
  const child = cli(["--help"], {});
  child.stdout?.resume();
  await stopped(child);
}

export interface Phase {
  name: string;
  /** Milliseconds since the child process started. */
  at: number;
  step: number;
}

export interface ColdStart {
  /** From spawning the process to the first 200 of the page. */
  ms: number;
  /** The steps the server logged in its "ready" line, then the first and second answers. */
  phases: Phase[];
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

/**
 * Spawns `cityexchange serve` on an existing data folder and times it until `path` answers 200;
 * the server is then stopped with SIGTERM and waited for (it holds the folder's lock).
 */
export async function coldStart(dataDir: string, path: string, limitMs = 30_000): Promise<ColdStart> {
  const port = await freePort();
  const started = performance.now();
  const child = cli(["serve"], {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const get = () =>
    fetch(`http://127.0.0.1:${port}${path}`)
      .then((res) => res.status === 200)
      .catch(() => false);
  try {
    while (performance.now() - started < limitMs) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}: ${stderr}`);
      if (await get()) {
        const ms = performance.now() - started;
        const second = performance.now();
        await get();
        const secondMs = performance.now() - second;
        return { ms, phases: phasesOf(stdout, ms, secondMs) };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no answer within ${limitMs} ms`);
  } finally {
    child.kill("SIGTERM");
    await stopped(child);
  }
}

/** The "ready" log line's steps (times since the child's own start), then the page's answers. */
function phasesOf(log: string, firstMs: number, secondMs: number): Phase[] {
  const ready = log
    .split("\n")
    .map((line) => {
      try {
        return JSON.parse(line) as { msg?: string; startup?: Record<string, number> };
      } catch {
        return {};
      }
    })
    .find((entry) => entry.msg === "ready");
  const steps = Object.entries(ready?.startup ?? {});
  const listening = ready?.startup?.listening ?? 0;
  let previous = 0;
  const phases = steps.map(([name, at]) => {
    const phase = { name, at, step: at - previous };
    previous = at;
    return phase;
  });
  // Timed by the parent from the spawn: a few milliseconds more than the child's own clock.
  const pageAt = Math.round(firstMs);
  phases.push({ name: "first page answered (200)", at: pageAt, step: pageAt - listening });
  phases.push({ name: "second answered", at: pageAt + Math.round(secondMs), step: Math.round(secondMs) });
  return phases;
}

/** Whether this checkout has the GeoNames import command yet. */
export function hasImportCommand(): boolean {
  // Inside the directory since its sub-folders; a module of its own before.
  if (existsSync(`${root}src/modules/directory/places/import/places-import.cli.ts`)) return true;
  const cliFile = `${root}src/modules/places-import/places-import.cli.ts`;
  const modules = readFileSync(`${root}src/modules/index.ts`, "utf8");
  return existsSync(cliFile) && modules.includes("placesImport");
}

/** Milliseconds `cityexchange import places` takes on a fresh data folder, migration included. */
export async function timeImport(dataDir: string, limitMs = 180_000): Promise<number> {
  const started = performance.now();
  const child = cli(["import", "places"], { DATA_DIR: dataDir });
  child.stdout?.resume();
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGTERM"), limitMs);
  await stopped(child);
  clearTimeout(timer);
  if (child.exitCode !== 0) throw new Error(`import exited with ${child.exitCode}: ${stderr.slice(-500)}`);
  return performance.now() - started;
}
