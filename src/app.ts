import type { FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import type { Config } from "./config.js";
import { type Database, openDatabase } from "./db/client.js";
import { migrate } from "./db/migrate.js";
import { fillFromTemplate } from "./db/template.js";
import type { AppDeps } from "./lib/http.js";
import { type Jobs, startJobs } from "./lib/jobs.js";
import type { Module } from "./lib/module.js";
import { registerSchedules } from "./lib/schedules.js";
import { openStorage } from "./lib/storage/index.js";
import { hasNetworks } from "./modules/directory/index.js";
import { modules as allModules } from "./modules/index.js";
import { startSearchIndexing } from "./modules/search/index.js";
import { buildApp } from "./server.js";

/**
 * Opens the database the configuration names: a PostgreSQL server, or the embedded engine in
 * DATA_DIR, which starts, when empty, from a copy of a migrated template (src/db/template.ts).
 */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ engine: "postgres", url: config.databaseUrl })
    : openDatabase({ engine: "pglite", dataDir: config.dataDir, fillEmpty: fillFromTemplate });
}

export interface Running {
  app: FastifyInstance;
  deps: AppDeps;
  /** Milliseconds since the process started at the end of each start-up step. */
  startup: Record<string, number>;
  stop(): Promise<void>;
}

/** Opens and migrates the database, starts the job queue and the modules' workers, builds the app. */
export async function startPlatform(
  config: Config,
  options: {
    database?: Database;
    logger?: boolean;
    logStream?: DestinationStream;
    workers?: boolean;
    modules?: Module[];
  } = {},
): Promise<Running> {
  const modules = options.modules ?? allModules;
  const startup: Record<string, number> = {};
  const lap = (step: string) => {
    startup[step] = Math.round(performance.now());
  };
  lap("code loaded");
  const database = options.database ?? (await openConfiguredDatabase(config));
  lap("database opened");
  let jobs: Jobs | undefined;
  let app: FastifyInstance | undefined;
  try {
    await migrate(database);
    lap("schema checked");
    const workers = options.workers !== false;
    const schedules = modules.flatMap((m) => m.schedules ?? []);
    jobs = await startJobs(database, { schedules: workers && schedules.length > 0 });
    lap("job queue started");
    const deps: AppDeps = { config, database, jobs, storage: openStorage(config) };
    app = await buildApp(deps, { logger: options.logger, logStream: options.logStream, modules });
    lap("app built");
    if (workers) {
      for (const mod of modules) await mod.start?.(deps);
      await registerSchedules(jobs, schedules, deps);
      const sources = modules.flatMap((m) => (m.search ? [m.search] : []));
      const logged = app;
      await startSearchIndexing({ deps, sources, log: (message) => logged.log.info(message) });
    }
    lap("workers started");
    const built = app;
    let stopped = false;
    return {
      app: built,
      deps,
      startup,
      async stop() {
        if (stopped) return;
        stopped = true;
        await built.close();
        await jobs?.stop();
        await deps.storage.close();
        await database.close();
      },
    };
  } catch (err) {
    await app?.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    if (!options.database) await database.close().catch(() => {});
    throw err;
  }
}

/** Adds every module's demo data, in module order, when the database has no network yet. */
export async function seedDemo(deps: AppDeps): Promise<boolean> {
  if (await hasNetworks({ db: deps.database.db })) return false;
  for (const mod of allModules) await mod.seedDemo?.(deps);
  return true;
}
