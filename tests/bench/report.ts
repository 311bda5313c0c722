import { cpus, totalmem } from "node:os";
import type { Phase } from "./child.js";
import type { RouteResult } from "./measure.js";
import type { MixResult } from "./mix.js";

export const targets = { ratio: 0.5, sqlPerPage: 8, coldStartMs: 3000, importMs: 30_000, hitRate: 0.95 };

export interface Report {
  date: string;
  data: Record<string, number>;
  generateMs: number;
  routes: (RouteResult & { page: boolean })[];
  /** Public pages read while a private table is written every second. */
  mix?: MixResult;
  coldStartsMs: number[];
  phases: Phase[];
  importMs: number | null;
  importNote?: string;
  seconds: number;
  connections: number;
  /** The machine's 1-minute load average at the start and the end: other work skews the figures. */
  load: [number, number];
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus().length} × ${cpu.trim()} (nproc ${cpus().length}), ${gib} GiB memory, Node.js ${process.version}, ${process.platform} ${process.arch}`;
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const mark = (ok: boolean) => (ok ? "ok" : "**missed**");

/** The figures as Markdown: printed by every run, written into docs/benchmarks.md with --write. */
export function renderReport(r: Report): string {
  const sorted = [...r.coldStartsMs].sort((a, b) => a - b);
  const coldMedian = sorted[Math.floor(sorted.length / 2)];
  const lines = [
    `Measured ${r.date} on ${machine()}.`,
    "",
    `Data: ${Object.entries(r.data)
      .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
      .join(", ")} (generated in ${(r.generateMs / 1000).toFixed(1)} s), embedded database (PGlite).`,
    `Load: ${r.connections} connections for ${r.seconds} s per route, after a 1 s warm-up, from a separate process. ` +
      `Machine load average ${r.load[0].toFixed(1)} at the start, ${r.load[1].toFixed(1)} at the end.`,
    "`rendered ms`: median time of one request rendered afresh (`Cache-Control: no-cache`), one at a time, " +
      "seen from the client; `SQL ms`: the part of it spent in the database; `static ms`: the same for the " +
      "static copy. `rendered req/s`: under load, every request rendered afresh. `req/s` and its latencies: " +
      "under load as visitors get it, the page kept until the data changes " +
      "([decision 7](decisions/0007-public-page-cache.md)). The ratio is `req/s` over `static req/s`.",
    "",
    "| route | status | size | SQL | rendered ms | SQL ms | static ms | rendered req/s | req/s | p50 ms | p95 ms | p99 ms | static req/s | ratio |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...r.routes
      .map((x) =>
        [
          `${x.label}<br>\`${x.path}\``,
          x.status,
          `${(x.bytes / 1024).toFixed(1)} KB`,
          x.page ? `${x.sqlStatements} (${mark(x.sqlStatements <= targets.sqlPerPage)})` : x.sqlStatements,
          ms(x.aloneMs),
          ms(x.sqlMs),
          ms(x.staticAloneMs),
          x.rendered.requestsPerSecond.toFixed(0),
          x.live.requestsPerSecond.toFixed(0),
          ms(x.live.p50),
          ms(x.live.p95),
          ms(x.live.p99),
          x.staticCopy.requestsPerSecond.toFixed(0),
          `${x.ratio.toFixed(2)} (${mark(x.ratio >= targets.ratio)})`,
        ].join(" | "),
      )
      .map((row) => `| ${row} |`),
    "",
    ...(r.mix
      ? [
          `Write-heavy mix: ${r.mix.paths.map((p) => `\`${p}\``).join(", ")} read together for ${r.mix.seconds} s ` +
            `(${r.mix.requestsPerSecond.toFixed(0)} req/s in all) while a session (a private table) was written every second ` +
            `(${r.mix.writes} writes): ${r.mix.hits.toLocaleString("en")} answers from the cache, ${r.mix.misses} rendered, ` +
            `hit rate ${(r.mix.hitRate * 100).toFixed(1)}% (${mark(r.mix.hitRate >= targets.hitRate)}, target ≥ ${targets.hitRate * 100}%).`,
          "",
        ]
      : []),
    `Cold start to the first directory page (\`cityexchange serve\` on the data above, child process): ` +
      `${r.coldStartsMs.map((n) => `${(n / 1000).toFixed(2)} s`).join(", ")}; median ` +
      `${(coldMedian / 1000).toFixed(2)} s (${mark(coldMedian <= targets.coldStartMs)}, target ≤ ${targets.coldStartMs / 1000} s).`,
    "",
    ...(r.phases.length
      ? [
          "Where the median start's time went (milliseconds since the process started, from its `ready` log line):",
          "",
          "| step | ms | at ms |",
          "|---|---|---|",
          ...r.phases.map((p) => `| ${p.name} | ${p.step} | ${p.at} |`),
          "",
        ]
      : []),
    r.importMs === null
      ? `Full GeoNames import: not measured${r.importNote ? ` (${r.importNote})` : ""}.`
      : `Full GeoNames import (\`cityexchange import places\` on a fresh data folder, migration included): ` +
        `${(r.importMs / 1000).toFixed(1)} s (${mark(r.importMs <= targets.importMs)}, target ≤ ${targets.importMs / 1000} s).`,
    "",
    `Targets: ratio ≥ ${targets.ratio}, ≤ ${targets.sqlPerPage} SQL statements per page, ` +
      `cold start ≤ ${targets.coldStartMs / 1000} s, import ≤ ${targets.importMs / 1000} s.`,
  ];
  return lines.join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the figures between the markers, keeping the prose around them. */
export function spliceFigures(document: string, figures: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) return `${document.trimEnd()}\n\n${START}\n${figures}\n${END}\n`;
  return `${document.slice(0, start + START.length)}\n${figures}\n${document.slice(end)}`;
}
