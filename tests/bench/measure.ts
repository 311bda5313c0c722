import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface RouteResult {
  label: string;
  path: string;
  status: number;
  bytes: number;
  sqlStatements: number;
  /** One request at a time: the median time to answer, and how much of it the database took. */
  aloneMs: number;
  sqlMs: number;
  /** The same for the static copy: the floor a page cannot go under. */
  staticAloneMs: number;
  live: Load;
  staticCopy: Load;
  ratio: number;
}

/** Drives one URL for a few seconds from a child process, so the load does not run on the server's thread. */
export function drive(url: string, seconds: number, connections: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL("./load.ts", import.meta.url)),
      [url, String(seconds), String(connections)],
      {
        execArgv: ["--import", "tsx"],
      },
    );
    child.once("message", (load) => resolve(load as Load));
    child.once("error", reject);
    child.once("exit", (code) => code && reject(new Error(`load generator exited with ${code}`)));
  });
}

export interface Probe {
  status: number;
  body: Buffer;
  type: string;
  sql: number;
  sqlMs: number;
  ms: number;
}

/** One request, to read what the page costs: its status, size, SQL statements and their time. */
export async function probe(url: string): Promise<Probe> {
  const started = performance.now();
  // Uncompressed, as autocannon asks: the ratio compares like with like.
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    body,
    type: res.headers.get("content-type") ?? "application/octet-stream",
    sql: Number(res.headers.get("x-sql-queries") ?? Number.NaN),
    sqlMs: Number(res.headers.get("x-sql-ms") ?? Number.NaN),
    ms: performance.now() - started,
  };
}

/** Several requests one after the other: the median time and database time of one. */
export async function probeAlone(url: string, times = 15): Promise<{ ms: number; sqlMs: number }> {
  const probes: Probe[] = [];
  for (let i = 0; i < times; i++) probes.push(await probe(url));
  return { ms: median(probes.map((p) => p.ms)), sqlMs: median(probes.map((p) => p.sqlMs)) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
