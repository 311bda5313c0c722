#!/usr/bin/env node
import { Command } from "commander";
import { seedDemo, startPlatform } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { DataDirLockedError } from "./db/lock.js";
import { MigrationHistoryError } from "./db/migrate.js";
import { ensureTemplate } from "./db/template.js";
import { buildAssets } from "./lib/assets.js";
import type { CliPlatform } from "./lib/http.js";
import { prepareWorldCities } from "./modules/directory/index.js";
import { modules } from "./modules/index.js";
import { reindexSearch } from "./modules/search/index.js";

const program = new Command()
  .name("cityexchange")
  .description("Run and manage a CityExchange platform.")
  .showHelpAfterError();

async function serve(options: { demo: boolean }) {
  const config = loadConfig();
  const platform = await startPlatform(config);
  if (options.demo && (await seedDemo(platform.deps))) platform.app.log.info("demo data added");
  const stop = async (signal: string) => {
    platform.app.log.info({ signal }, "stopping: finishing requests in flight");
    const timer = setTimeout(() => process.exit(1), 20_000);
    timer.unref();
    await platform.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  await platform.app.listen({ port: config.port, host: config.host });
  platform.startup.listening = Math.round(performance.now());
  platform.app.log.info({ startup: platform.startup }, "ready");
}

program
  .command("start")
  .description("migrate, add demo data to an empty database, and serve (what `npm start` runs)")
  .action(() => serve({ demo: true }));

program
  .command("serve")
  .description("migrate and serve")
  .action(() => serve({ demo: false }));

program
  .command("migrate")
  .description("bring the database schema up to date")
  .action(async () => {
    const platform = await startPlatform(loadConfig(), { logger: false, workers: false });
    await platform.stop();
    console.log("Database is up to date.");
  });

program
  .command("prepare")
  .description(
    "build once what a first start needs: the client assets, the world's cities' lookup file and a migrated empty database",
  )
  .action(async () => {
    await buildAssets();
    prepareWorldCities();
    const template = await ensureTemplate();
    console.log(
      template
        ? "Ready: an empty data folder will start from a copy of a migrated database."
        : "The client assets are built; dist/ cannot be written, so no database template was kept.",
    );
  });

program
  .command("seed")
  .description("add data to an empty database")
  .option("--demo", "the demo networks, places and organisations drawn from real city networks")
  .action(async (options: { demo?: boolean }) => {
    if (!options.demo) {
      console.error("Say what to seed: --demo");
      process.exitCode = 2;
      return;
    }
    const platform = await startPlatform(loadConfig(), { logger: false, workers: false });
    try {
      console.log(
        (await seedDemo(platform.deps))
          ? "Demo data added."
          : "The database already has data: nothing added.",
      );
    } finally {
      await platform.stop();
    }
  });

const platform: CliPlatform = {
  open: () => startPlatform(loadConfig(), { logger: false, workers: false }),
};
for (const mod of modules) mod.cli?.(program, platform);

program
  .command("search")
  .description("the platform's search index")
  .command("reindex")
  .description("rebuild every module's search documents from its data (each module in one transaction)")
  .action(async () => {
    const running = await platform.open();
    try {
      const started = performance.now();
      const sources = modules.flatMap((m) => (m.search ? [m.search] : []));
      const counts = await reindexSearch({ db: running.deps.database.db, sources });
      const list = Object.entries(counts).map(([kind, n]) => `${n} ${kind}`);
      console.log(`Indexed ${list.join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    } finally {
      await running.stop();
    }
  });

try {
  await program.parseAsync();
} catch (err) {
  if (
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof MigrationHistoryError
  ) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
