import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { CliPlatform } from "../../../../lib/http.js";
import { importPlaces } from "./places-import.service.js";
import { CsvFileError, csvSource, geonamesSource } from "./sources.js";

const CREDIT = "City data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0.";

function progressReporter(): { update: (done: number, total: number) => void; stop: () => void } {
  if (process.stdout.isTTY) {
    const bar = new SingleBar({ format: "places [{bar}] {percentage}% | {value}/{total} | {duration}s" });
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop() {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  // Logs and CI: a line at each tenth, not a redrawn bar.
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      console.log(`places: ${done}/${total}`);
    },
    stop: () => {},
  };
}

async function run(cli: CliPlatform, options: { csv?: string; limit?: number }) {
  let source: Awaited<ReturnType<typeof csvSource>>;
  try {
    source = options.csv ? await csvSource(options.csv, options.limit) : geonamesSource(options.limit);
  } catch (err) {
    if (!(err instanceof CsvFileError)) throw err;
    console.error(`${options.csv} is not a readable CSV file, nothing was imported: ${err.message}`);
    process.exitCode = 1;
    return;
  }
  for (const e of source.errors) console.error(`line ${e.line}: ${e.message} (skipped)`);
  const platform = await cli.open();
  const progress = progressReporter();
  try {
    const report = await importPlaces({
      database: platform.deps.database,
      places: source.places,
      onProgress: progress.update,
    });
    progress.stop();
    for (const e of report.skipped) console.error(`line ${e.line}: ${e.message} (skipped)`);
    const skipped = source.errors.length + report.skipped.length;
    console.log(
      `${report.inserted} new, ${report.updated} updated, ${report.unchanged} unchanged, ${skipped} skipped ` +
        `in ${(report.milliseconds / 1000).toFixed(1)} s.`,
    );
    if (!options.csv) console.log(CREDIT);
    if (skipped > 0) process.exitCode = 1;
  } finally {
    progress.stop();
    await platform.stop();
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a whole number above 0, not ${value}`);
  return n;
}

export function addImportCommand(program: Command, platform: CliPlatform): void {
  const importCommand =
    program.commands.find((c) => c.name() === "import") ??
    program.command("import").description("load reference data into the database");
  importCommand
    .command("places")
    .description(
      "add or refresh the world's cities: GeoNames' 135,233 cities (CC BY 4.0), or a CSV file (docs/places-csv.md)",
    )
    .option("--csv <file>", "read places from this CSV file instead of the GeoNames data")
    .option("--limit <n>", "import only the n most populous places", positiveInteger)
    .action((options: { csv?: string; limit?: number }) => run(platform, options));
}
