/**
 * `npm run bench`: a large directory on the embedded database, served by the real server, driven
 * route by route and compared with a static copy of the same bytes served by the same server.
 * `npm run bench -- --write` also puts the figures into docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPlatform } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { type ColdStart, coldStart, hasImportCommand, prepareCommand, timeImport } from "./child.js";
import { busyPlace, commonCountry, deepPlace, generateDirectory, typicalNetwork } from "./generate.js";
import { drive, fresh, probe, probeAlone, type RouteResult } from "./measure.js";
import { countCacheHits, writeHeavyMix } from "./mix.js";
import { type Report, renderReport, spliceFigures } from "./report.js";
import { benchRoutes } from "./routes.js";
import { benchScale, renderScale } from "./scale.js";
import {
  addReferenceRoute,
  benchSearchOnServer,
  indexDirectory,
  measureSearch,
  renderSearch,
  type SearchBench,
} from "./search.js";
import { timeSql } from "./sql-timer.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const write = process.argv.includes("--write");
const loadBefore = loadavg()[0];
const log = (text: string) => process.stderr.write(`${text}\n`);

const dataDir = mkdtempSync(join(tmpdir(), "cityexchange-bench-"));
const importDir = mkdtempSync(join(tmpdir(), "cityexchange-bench-import-"));
try {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", HOST: "127.0.0.1", PORT: "0" });
  const database = await openDatabase({ engine: "pglite", dataDir });
  const platform = await startPlatform(config, { database, logger: false, workers: false });

  log("generating the directory...");
  let started = performance.now();
  const data = await generateDirectory(database);
  const generateMs = performance.now() - started;
  log("indexing it for search...");
  const searchIndex = await indexDirectory(database);
  log(`  ${searchIndex.documents} search documents in ${(searchIndex.ms / 1000).toFixed(1)} s`);
  const place = await busyPlace(database);
  const country = await commonCountry(database);

  // The static copies: the bytes of each page, taken once, served from memory by the same server.
  timeSql(platform.app);
  const cacheCounts = countCacheHits(platform.app);
  const copies = new Map<string, { body: Buffer; type: string }>();
  platform.app.get("/__bench/static/:n", { schema: { hide: true } }, (request, reply) => {
    const copy = copies.get((request.params as { n: string }).n);
    if (!copy) return reply.status(404).send();
    return reply.type(copy.type).send(copy.body);
  });
  const searchReference = addReferenceRoute(platform.app);
  await platform.app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = platform.app.server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;

  const net = typicalNetwork;
  const deep = await deepPlace(database, country);
  const routes = benchRoutes({ net, place, country, deep });

  const results: Report["routes"] = [];
  for (const [i, route] of routes.entries()) {
    const first = await probe(base + route.path, fresh);
    copies.set(String(i), { body: first.body, type: first.type });
    log(`${route.label}: ${route.path} (${first.status}, ${first.body.length} bytes, ${first.sql} SQL)`);
    await drive(base + route.path, 1, CONNECTIONS);
    const alone = await probeAlone(base + route.path, fresh);
    const staticAlone = await probeAlone(`${base}/__bench/static/${i}`);
    const rendered = await drive(base + route.path, SECONDS, CONNECTIONS, fresh);
    const live = await drive(base + route.path, SECONDS, CONNECTIONS);
    const staticCopy = await drive(`${base}/__bench/static/${i}`, SECONDS, CONNECTIONS);
    const result: RouteResult = {
      ...route,
      status: first.status,
      bytes: first.body.length,
      sqlStatements: first.sql,
      aloneMs: alone.ms,
      sqlMs: alone.sqlMs,
      staticAloneMs: staticAlone.ms,
      live,
      rendered,
      staticCopy,
      ratio: live.requestsPerSecond / staticCopy.requestsPerSecond,
    };
    log(
      `  ${live.requestsPerSecond.toFixed(0)} req/s (${rendered.requestsPerSecond.toFixed(0)} rendered afresh), p95 ${live.p95} ms; static ${staticCopy.requestsPerSecond.toFixed(0)} req/s; ratio ${result.ratio.toFixed(2)}`,
    );
    results.push({ ...result, page: route.page });
  }
  log("write-heavy mix: public pages read while a session is written every second...");
  const mixPaths = ["/", "/directory", `/networks/${net}`, `/places/${place}`, "/api/v1/places?perPage=100"];
  const mix = await writeHeavyMix(platform.deps, cacheCounts, base, mixPaths, SECONDS * 2, CONNECTIONS);
  log(
    `  ${mix.writes} writes, ${mix.requestsPerSecond.toFixed(0)} req/s, hit rate ${(mix.hitRate * 100).toFixed(1)}%`,
  );

  log("search, one query at a time...");
  const searches: SearchBench[] = [
    await measureSearch({
      engine: "pglite",
      reference: searchReference,
      base,
      database,
      index: searchIndex,
      log,
    }),
  ];
  await platform.stop();
  if (process.env.DATABASE_URL) searches.push(await benchSearchOnServer(process.env.DATABASE_URL, log));
  else log("search on PostgreSQL: skipped (set DATABASE_URL to measure it)");

  log("cold starts...");
  await prepareCommand();
  const starts: ColdStart[] = [];
  for (let i = 0; i < 3; i++) starts.push(await coldStart(dataDir, "/directory"));
  const coldStartsMs = starts.map((s) => s.ms);
  log(`  ${coldStartsMs.map((n) => n.toFixed(0)).join(", ")} ms`);
  const phases = [...starts].sort((a, b) => a.ms - b.ms)[1].phases;

  // Whether any route's cost grows with the data: 20,000 and 200,000 places, on each engine.
  const scale = process.env.BENCH_SKIP_SCALE ? [] : await benchScale(log);

  let importMs: number | null = null;
  let importNote: string | undefined;
  if (process.env.BENCH_SKIP_IMPORT) importNote = "skipped with BENCH_SKIP_IMPORT";
  else if (!hasImportCommand()) importNote = "`cityexchange import places` is not in this checkout";
  else {
    log("GeoNames import...");
    started = performance.now();
    try {
      importMs = await timeImport(importDir);
    } catch (err) {
      importNote = `failed after ${((performance.now() - started) / 1000).toFixed(0)} s: ${(err as Error).message}`;
    }
  }

  const figures =
    renderReport({
      date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
      data,
      generateMs,
      routes: results,
      mix,
      coldStartsMs,
      phases,
      importMs,
      importNote,
      seconds: SECONDS,
      connections: CONNECTIONS,
      load: [loadBefore, loadavg()[0]],
    }) +
    renderSearch(searches) +
    (scale.length
      ? `\n## Fresh, cached and static, at 20,000 and 200,000 places\n\n${renderScale(scale)}`
      : "");
  console.log(figures);
  if (write) {
    const file = fileURLToPath(new URL("../../docs/benchmarks.md", import.meta.url));
    const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
    writeFileSync(file, spliceFigures(current, figures));
    log(`figures written to ${file}`);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(importDir, { recursive: true, force: true });
}
