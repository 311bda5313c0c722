import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** As `npm start` runs it: one Node.js process, TypeScript compiled by tsx's loader. */
const node = (args: string[]) => [process.execPath, ["--import", "tsx", ...args]] as const;

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
  return spawn(...node(["src/cli.ts", ...args]), {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
  });
}

/**
 * Milliseconds from spawning `cityexchange serve` on an existing data folder until `path` answers
 * 200; the server is then stopped with SIGTERM and waited for (it holds the folder's lock).
 */
export async function coldStart(dataDir: string, path: string, limitMs = 30_000): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = cli(["serve"], { DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  try {
    while (performance.now() - started < limitMs) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}: ${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}${path}`)
        .then((res) => res.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no answer within ${limitMs} ms`);
  } finally {
    child.kill("SIGTERM");
    await stopped(child);
  }
}

/** Whether this checkout has the GeoNames import command yet. */
export function hasImportCommand(): boolean {
  const cliFile = `${root}src/modules/places-import/places-import.cli.ts`;
  const modules = readFileSync(`${root}src/modules/index.ts`, "utf8");
  return existsSync(cliFile) && modules.includes("placesImport");
}

/** Milliseconds `cityexchange import places` takes on a fresh data folder, migration included. */
export async function timeImport(dataDir: string, limitMs = 180_000): Promise<number> {
  const started = performance.now();
  const child = cli(["import", "places"], { DATA_DIR: dataDir });
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

export interface Phase {
  name: string;
  /** Milliseconds since the child process started. */
  at: number;
  step: number;
}

/** The steps of a start, timed inside a child process on an existing data folder. */
export async function startupPhases(dataDir: string): Promise<Phase[]> {
  const child = spawn(...node(["tests/bench/startup.ts"]), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  await stopped(child);
  if (child.exitCode !== 0) throw new Error(`startup timing failed: ${err.slice(-500)}`);
  return JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as Phase[];
}
