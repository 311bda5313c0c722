/**
 * The search part of `npm run bench`: 20,000 places (with the networks and organisations) indexed,
 * then a fixed mix of queries sent one at a time to the search page and the search API, each asking
 * for a fresh answer (no page cache), beside the same bytes served as a static copy by the same
 * server. Repeated in rounds, so the spread shows. Timings are reported, never asserted.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { startPlatform } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Database, type Engine, openDatabase } from "../../src/db/client.js";
import { directoryModule } from "../../src/modules/directory/index.js";
import { reindexSearch } from "../../src/modules/search/index.js";
import { generateDirectory } from "./generate.js";
import { fresh, probe } from "./measure.js";

export const searchTargets = { postgres: 15, pglite: 25 };
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 3);

export interface Spread {
  p50: number;
  p95: number;
  p99: number;
}

export interface SearchBench {
  engine: Engine;
  documents: number;
  indexMs: number;
  queries: number;
  /** One entry per round. */
  page: Spread[];
  api: Spread[];
  reference: Spread[];
}

function percentiles(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** Builds the search documents of a generated directory, as `cityexchange search reindex` does. */
export async function indexDirectory(database: Database): Promise<{ documents: number; ms: number }> {
  const started = performance.now();
  const search = directoryModule.search;
  if (!search) throw new Error("The directory has no search slot.");
  const counts = await reindexSearch({ db: database.db, sources: [search] });
  await database.execute("analyze search_documents");
  return { documents: Object.values(counts).reduce((a, b) => a + b, 0), ms: performance.now() - started };
}

/**
 * What people type: whole names, beginnings of names, names with a letter missing or doubled,
 * names in capitals, a country, a network's acronym and name in French, an organisation, and
 * words that match nothing. Names are drawn from the data, the same ones on every run.
 */
export async function searchQueries(database: Database): Promise<string[]> {
  const { rows } = await database.execute("select name from places where id % 997 = 0 order by id limit 12");
  const names = rows.map((r) => String(r.name));
  return [
    ...names.slice(0, 6),
    ...names.slice(6, 9).map((n) => n.slice(0, 4)),
    ...names.slice(9, 12).map((n) => n.slice(0, 3) + n.slice(4)),
    names[0].toUpperCase(),
    `${names[1]}${names[1].slice(-1)}`,
    "Portugal",
    "NET25",
    "Réseau 12",
    "Organisation 7",
    "university",
    "cities working together",
    "xqzwv",
    "a",
  ];
}

async function round(base: string, queries: string[], reference: string) {
  const page: number[] = [];
  const api: number[] = [];
  const ref: number[] = [];
  for (const q of queries) {
    const query = encodeURIComponent(q);
    for (let i = 0; i < 3; i++) {
      page.push((await probe(`${base}/search?q=${query}`, fresh)).ms);
      api.push((await probe(`${base}/api/v1/search?q=${query}`, fresh)).ms);
      ref.push((await probe(reference)).ms);
    }
  }
  return { page: percentiles(page), api: percentiles(api), reference: percentiles(ref) };
}

/** A route serving a kept copy of a search page from memory: call before the server listens. */
export function addReferenceRoute(app: FastifyInstance): {
  keep: (copy: { body: Buffer; type: string }) => void;
} {
  let kept: { body: Buffer; type: string } = { body: Buffer.alloc(0), type: "text/html" };
  app.get("/__bench/search-static", { schema: { hide: true } }, (_request, reply) =>
    reply.type(kept.type).send(kept.body),
  );
  return {
    keep(copy) {
      kept = copy;
    },
  };
}

/** Measures the search page and API of a running server over the query mix, in rounds. */
export async function measureSearch(options: {
  engine: Engine;
  reference: ReturnType<typeof addReferenceRoute>;
  base: string;
  database: Database;
  index: { documents: number; ms: number };
  log: (text: string) => void;
}): Promise<SearchBench> {
  const { base, log } = options;
  const queries = await searchQueries(options.database);
  // The reference: a search page's own bytes, from memory, through the same server.
  options.reference.keep(await probe(`${base}/search?q=${encodeURIComponent(queries[0])}`, fresh));
  const reference = `${base}/__bench/search-static`;
  const result: SearchBench = {
    engine: options.engine,
    documents: options.index.documents,
    indexMs: options.index.ms,
    queries: queries.length,
    page: [],
    api: [],
    reference: [],
  };
  // A warm-up pass, then the rounds that count.
  await round(base, queries, reference);
  for (let i = 0; i < ROUNDS; i++) {
    const r = await round(base, queries, reference);
    result.page.push(r.page);
    result.api.push(r.api);
    result.reference.push(r.reference);
    log(
      `  ${options.engine} round ${i + 1}: page p95 ${r.page.p95.toFixed(1)} ms, API p95 ${r.api.p95.toFixed(1)} ms, static copy p95 ${r.reference.p95.toFixed(1)} ms`,
    );
  }
  return result;
}

/** The same on a PostgreSQL server: a database of its own, generated, indexed, measured, dropped. */
export async function benchSearchOnServer(url: string, log: (text: string) => void): Promise<SearchBench> {
  const name = `cx_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  try {
    const database = await openDatabase({ engine: "postgres", url: dbUrl.toString() });
    const config = loadConfig({
      LOG_LEVEL: "silent",
      HOST: "127.0.0.1",
      PORT: "0",
      DATABASE_URL: dbUrl.toString(),
    });
    const platform = await startPlatform(config, { database, logger: false, workers: false });
    try {
      log("generating the directory on PostgreSQL...");
      await generateDirectory(database);
      const index = await indexDirectory(database);
      log(`  ${index.documents} search documents in ${(index.ms / 1000).toFixed(1)} s`);
      const reference = addReferenceRoute(platform.app);
      await platform.app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = platform.app.server.address() as { port: number };
      return await measureSearch({
        engine: "postgres",
        reference,
        base: `http://127.0.0.1:${port}`,
        database,
        index,
        log,
      });
    } finally {
      await platform.stop();
    }
  } finally {
    const drop = new pg.Client({ connectionString: url });
    await drop.connect();
    await drop.query(`drop database if exists ${name} with (force)`);
    await drop.end();
  }
}

const fmt = (spreads: Spread[], key: keyof Spread) => {
  const values = spreads.map((s) => s[key]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? lo.toFixed(1) : `${lo.toFixed(1)}–${hi.toFixed(1)}`;
};

/** The Markdown table of the search figures. */
export function renderSearch(benches: SearchBench[]): string {
  const lines = [
    "",
    "### Search",
    "",
    "Each engine holds the generated directory's 20,000 places, 50 networks and 500 organisations as search " +
      "documents. The query mix (whole names, beginnings, typos, capitals, a country, an acronym, a French " +
      "name, words, nothing) is sent one request at a time, each query three times, fresh (no page cache), " +
      `after a warm-up pass, in ${ROUNDS} rounds; figures are the lowest and highest round (ms, measured by the client).`,
    "",
    "| engine | documents, indexed in | route | p50 | p95 | p99 | static copy p95 | target p95 |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const b of benches) {
    const docs = `${b.documents.toLocaleString("en")}, ${(b.indexMs / 1000).toFixed(1)} s`;
    for (const [label, spreads] of [
      ["search page", b.page],
      ["search API", b.api],
    ] as const) {
      const worst = Math.max(...spreads.map((s) => s.p95));
      const target = searchTargets[b.engine];
      lines.push(
        `| ${b.engine === "postgres" ? "PostgreSQL" : "PGlite"} | ${docs} | ${label} | ${fmt(spreads, "p50")} | ` +
          `${fmt(spreads, "p95")} | ${fmt(spreads, "p99")} | ${fmt(b.reference, "p95")} | ` +
          `≤ ${target} (${worst <= target ? "met" : "not met"}) |`,
      );
    }
  }
  return lines.join("\n");
}
