/**
 * Does any route's cost grow with the data? The same routes on a directory of 20,000 and of
 * 200,000 places (every network ten times larger), on each engine: each route rendered afresh as a
 * signed-in person gets it, as a visitor gets it from the page cache, and as a static copy of the
 * same bytes served from memory by the same server. One request at a time, many times: medians
 * with their spread, as the machine allows.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startPlatform } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Database, type Engine, openDatabase } from "../../src/db/client.js";
import type { AppDeps } from "../../src/lib/http.js";
import { createAccount } from "../../src/modules/accounts/index.js";
import { busyPlace, commonCountry, deepPlace, generateDirectory, typicalNetwork } from "./generate.js";
import { probe } from "./measure.js";
import { benchRoutes } from "./routes.js";

const SAMPLES = Number(process.env.BENCH_SCALE_SAMPLES ?? 21);

/** Median and quartiles of one request's time, in milliseconds. */
export interface Spread {
  median: number;
  q1: number;
  q3: number;
}

export interface ScaleRow {
  label: string;
  path: string;
  page: boolean;
  status: number;
  bytes: number;
  sql: number;
  fresh: Spread;
  cached: Spread;
  static: Spread;
}

export interface ScaleRun {
  engine: Engine;
  places: number;
  memberships: number;
  generateMs: number;
  load: [number, number];
  rows: ScaleRow[];
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return { median: at(0.5), q1: at(0.25), q3: at(0.75) };
}

async function times(url: string, headers: Record<string, string>): Promise<Spread> {
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) ms.push((await probe(url, headers)).ms);
  return spread(ms);
}

/** Signs a person in through the sign-in form, as a browser does: the session cookie to send. */
async function signIn(base: string, deps: AppDeps): Promise<string> {
  const email = "bench@example.org";
  const password = "a long enough password for the bench";
  await createAccount(deps, { email, name: "Bench Person", password, confirmed: true });
  const form = await fetch(`${base}/signin`);
  const csrfCookie = form.headers.getSetCookie().map((c) => c.split(";")[0]);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? "";
  const res = await fetch(`${base}/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie.join("; ") },
    body: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (res.status !== 303 && res.status !== 302) throw new Error(`sign-in answered ${res.status}`);
  return [...csrfCookie, ...session].join("; ");
}

async function measure(
  engine: Engine,
  database: Database,
  places: number,
  log: (text: string) => void,
  url?: string,
): Promise<ScaleRun> {
  const loadBefore = loadavg()[0];
  const config = loadConfig({
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    ...(url ? { DATABASE_URL: url } : {}),
  });
  const platform = await startPlatform(config, { database, logger: false, workers: false });
  try {
    log(`${engine}, ${places.toLocaleString("en")} places: generating...`);
    const started = performance.now();
    const data = await generateDirectory(database, places);
    const generateMs = performance.now() - started;
    log(`  generated in ${(generateMs / 1000).toFixed(1)} s`);
    const country = await commonCountry(database);
    const routes = benchRoutes({
      net: typicalNetwork,
      place: await busyPlace(database),
      country,
      deep: await deepPlace(database, country),
    });
    const copies = new Map<string, { body: Buffer; type: string }>();
    platform.app.get("/__bench/scale/:n", { schema: { hide: true } }, (request, reply) => {
      const copy = copies.get((request.params as { n: string }).n);
      if (!copy) return reply.status(404).send();
      return reply.type(copy.type).send(copy.body);
    });
    await platform.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = platform.app.server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base, platform.deps);
    const rows: ScaleRow[] = [];
    for (const [i, route] of routes.entries()) {
      const signedIn = { cookie };
      const first = await probe(base + route.path, signedIn);
      copies.set(String(i), { body: first.body, type: first.type });
      // Warm: the kept figures and totals are counted by the first render, and the visitor's copy kept.
      for (let w = 0; w < 3; w++) {
        await probe(base + route.path, signedIn);
        await probe(base + route.path);
      }
      const row: ScaleRow = {
        ...route,
        status: first.status,
        bytes: first.body.length,
        sql: first.sql,
        fresh: await times(base + route.path, signedIn),
        cached: await times(base + route.path, {}),
        static: await times(`${base}/__bench/scale/${i}`, {}),
      };
      log(
        `  ${route.label}: ${row.status}, fresh ${row.fresh.median.toFixed(1)} ms, cached ${row.cached.median.toFixed(1)}, static ${row.static.median.toFixed(1)}, ${row.sql} SQL`,
      );
      rows.push(row);
    }
    return {
      engine,
      places: data.places,
      memberships: data.memberships,
      generateMs,
      load: [loadBefore, loadavg()[0]],
      rows,
    };
  } finally {
    await platform.stop();
  }
}

/** One size on the embedded engine, in a data folder of its own. */
async function onPglite(places: number, log: (text: string) => void): Promise<ScaleRun> {
  const dataDir = mkdtempSync(join(tmpdir(), "cityexchange-scale-"));
  try {
    const database = await openDatabase({ engine: "pglite", dataDir });
    return await measure("pglite", database, places, log);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One size on a PostgreSQL server, in a database of its own, dropped afterwards. */
async function onServer(server: string, places: number, log: (text: string) => void): Promise<ScaleRun> {
  const name = `cx_scale_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ engine: "postgres", url: url.toString() });
    return await measure("postgres", database, places, log, url.toString());
  } finally {
    const drop = new pg.Client({ connectionString: server });
    await drop.connect();
    await drop.query(`drop database if exists ${name} with (force)`);
    await drop.end();
  }
}

/** Every size (`BENCH_SCALE_PLACES`, default 20,000 and 200,000) on PGlite, and on PostgreSQL with `DATABASE_URL`. */
export async function benchScale(log: (text: string) => void): Promise<ScaleRun[]> {
  const sizes = (process.env.BENCH_SCALE_PLACES ?? "20000,200000").split(",").map(Number);
  const runs: ScaleRun[] = [];
  for (const places of sizes) runs.push(await onPglite(places, log));
  const server = process.env.DATABASE_URL;
  if (server) for (const places of sizes) runs.push(await onServer(server, places, log));
  else log("scale on PostgreSQL: skipped (set DATABASE_URL to measure it)");
  return runs;
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const range = (s: Spread) => `${ms(s.median)} (${ms(s.q1)}–${ms(s.q3)})`;

/**
 * The figures as Markdown: per engine, each route's fresh render at each size, the ratio of the
 * largest size's to the smallest's (target ≤ 1.5), and at the largest size the cached and static
 * times and the static copy's time over the fresh render's (target, for pages: ≥ 0.1 on
 * PostgreSQL, ≥ 0.05 on PGlite).
 */
export function renderScale(runs: ScaleRun[]): string {
  const out: string[] = [];
  for (const engine of ["pglite", "postgres"] as const) {
    const mine = runs.filter((r) => r.engine === engine).sort((a, b) => a.places - b.places);
    if (mine.length === 0) continue;
    const small = mine[0];
    const large = mine[mine.length - 1];
    const floor = engine === "postgres" ? 0.1 : 0.05;
    const name = engine === "postgres" ? "PostgreSQL" : "PGlite";
    out.push(`### ${name}: ${mine.map((r) => r.places.toLocaleString("en")).join(" and ")} places\n`);
    for (const r of mine) {
      out.push(
        `- ${r.places.toLocaleString("en")} places, ${r.memberships.toLocaleString("en")} memberships, generated in ${(r.generateMs / 1000).toFixed(1)} s; load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end.`,
      );
    }
    out.push("");
    const sizes = mine.map((r) => `fresh ms, ${r.places / 1000}k`);
    out.push(
      `| route | SQL | ${sizes.join(" | ")} | ratio ${large.places / 1000}k / ${small.places / 1000}k | cached ms | static ms | static / fresh |`,
    );
    out.push(`|---|---|${sizes.map(() => "---|").join("")}---|---|---|---|`);
    for (const [i, row] of large.rows.entries()) {
      const ratio = row.fresh.median / small.rows[i].fresh.median;
      const share = row.static.median / row.fresh.median;
      const shareMark = row.page ? (share >= floor ? " (ok)" : " (not met)") : "";
      out.push(
        `| ${row.label}<br>\`${row.path}\` | ${row.sql} | ${mine.map((r) => range(r.rows[i].fresh)).join(" | ")} | ${ratio.toFixed(2)}${ratio <= 1.5 ? " (ok)" : " (not met)"} | ${range(row.cached)} | ${range(row.static)} | ${share.toFixed(2)}${shareMark} |`,
      );
    }
    out.push("");
  }
  out.push(
    `Times are one request at a time seen from the client, the median of ${SAMPLES} with the quartiles in brackets. Fresh: signed in (every page rendered afresh); cached: a visitor, answered from the page cache; static: the same bytes from memory through the same hooks (the floor). Targets: ratio ≤ 1.5 for every route; static / fresh ≥ 0.1 on PostgreSQL and ≥ 0.05 on PGlite for every page.`,
  );
  return `${out.join("\n")}\n`;
}
