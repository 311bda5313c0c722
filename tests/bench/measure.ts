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
  /**
   * One request at a time, each asking for a fresh render (Cache-Control: no-cache): the median
   * time to answer, and how much of it the database took.
   */
  aloneMs: number;
  sqlMs: number;
  /** The same for the static copy: the floor a page cannot go under. */
  staticAloneMs: number;
  /** Under load, as visitors get it: from the cache once the first answer is kept. */
  live: Load;
  /** Under load, every request rendered afresh: what the page costs without the cache. */
  rendered: Load;
  staticCopy: Load;
  ratio: number;
}

/** Drives one URL for a few seconds from a child process, so the load does not run on the server's thread. */
export function drive(
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string> = {},
): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = fork(
      fileURLToPath(new URL("./load.ts", import.meta.url)),
      [url, String(seconds), String(connections), JSON.stringify(headers)],
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
export async function probe(url: string, headers: Record<string, string> = {}): Promise<Probe> {
  const started = performance.now();
  // Uncompressed, as autocannon asks: the ratio compares like with like.
  const res = await fetch(url, { headers: { "accept-encoding": "identity", ...headers } });
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

/** What a reload asks for: a fresh render, not the kept copy. */
export const fresh = { "cache-control": "no-cache" };

/** Several requests one after the other: the median time and database time of one. */
export async function probeAlone(
  url: string,
  headers: Record<string, string> = {},
  times = 15,
): Promise<{ ms: number; sqlMs: number }> {
  const probes: Probe[] = [];
  for (let i = 0; i < times; i++) probes.push(await probe(url, headers));
  return { ms: median(probes.map((p) => p.ms)), sqlMs: median(probes.map((p) => p.sqlMs)) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
