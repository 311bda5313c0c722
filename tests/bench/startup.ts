// Run as a child process on an existing data folder: the steps of `cityexchange serve`, one by one,
// each with the time since the process started, then the first directory page. Prints JSON.
const phases: [string, number][] = [];
const lap = (name: string) => phases.push([name, performance.now()]);
lap("node started, tsx loaded");

const { loadConfig } = await import("../../src/config.js");
const { openConfiguredDatabase } = await import("../../src/app.js");
const { migrate } = await import("../../src/db/migrate.js");
const { startJobs } = await import("../../src/lib/jobs.js");
const { buildApp } = await import("../../src/server.js");
const { modules } = await import("../../src/modules/index.js");
lap("modules imported (TypeScript compiled on the fly)");

const config = loadConfig({ ...process.env, LOG_LEVEL: "silent" });
const database = await openConfiguredDatabase(config);
lap("embedded database opened");
await migrate(database);
lap("migrations checked");
const jobs = await startJobs(database);
lap("job queue started");
const deps = { config, database, jobs };
const app = await buildApp(deps, { logger: false });
lap("app built (assets bundled, routes registered)");
for (const mod of modules) await mod.start?.(deps);
lap("workers started");
await app.listen({ port: 0, host: "127.0.0.1" });
lap("listening");
const res = await app.inject("/directory");
lap(`first /directory answered (${res.statusCode})`);
await app.inject("/directory");
lap("second /directory answered");

await app.close();
await jobs.stop();
await database.close();
let previous = 0;
console.log(
  JSON.stringify(
    phases.map(([name, at]) => {
      const step = at - previous;
      previous = at;
      return { name, at: Math.round(at), step: Math.round(step) };
    }),
  ),
);
process.exit(0);
