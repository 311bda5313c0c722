// `npm run db:migration -- <name> [--custom]`: adds one migration to src/db/migrations, named,
// after the ones already there. It never deletes or rewrites a migration: a migration that is in
// main is part of every database migrated since, so it stays as it is (decision 9).
//   <name>      what the change does, in kebab case: `place-logos`, `search-documents`.
//   --custom    an empty SQL file for a change Drizzle cannot express (a collation, a backfill).
// `npm run db:migration -- --record` records the new migrations' checksums in
// src/db/migrations/checksums.json once they are final; a test fails on any migration not recorded
// there and on any recorded one whose content changed.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { checkHistory, recordNew } from "../src/db/history.js";
import { fromRoot } from "../src/lib/paths.js";

const folder = fromRoot("src/db/migrations");
const args = process.argv.slice(2);

if (args.length === 1 && args[0] === "--record") {
  const added = recordNew(folder);
  console.log(added.length ? `Recorded ${added.join(", ")}` : "Every migration was already recorded.");
  const problems = checkHistory(folder);
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
const custom = args.includes("--custom");
const rest = args.filter((a) => a !== "--custom");
const name = rest[0];

if (rest.length !== 1 || !name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    [
      "Usage: npm run db:migration -- <name> [--custom]",
      "       npm run db:migration -- --record",
      "  <name>     what the change does, in kebab case (e.g. place-logos)",
      "  --custom   an empty migration for hand-written SQL",
      "  --record   record the checksums of the new migrations once they are final",
    ].join("\n"),
  );
  process.exit(2);
}

const sqlFiles = () => new Set(readdirSync(folder).filter((f) => f.endsWith(".sql")));
const before = sqlFiles();
const result = spawnSync(
  process.execPath,
  [
    fromRoot("node_modules/drizzle-kit/bin.cjs"),
    "generate",
    "--config",
    fromRoot("drizzle.config.ts"),
    "--name",
    name,
    ...(custom ? ["--custom"] : []),
  ],
  { stdio: "inherit", cwd: fromRoot(".") },
);
if (result.status !== 0) process.exit(result.status ?? 1);

const added = [...sqlFiles()].filter((f) => !before.has(f));
if (added.length === 0) {
  console.log("The schema and the migrations agree: no migration was added.");
} else {
  for (const file of added) console.log(`Added src/db/migrations/${file}`);
  console.log(
    custom
      ? "Write its SQL, then record it: npm run db:migration -- --record"
      : "Read it, then record it: npm run db:migration -- --record",
  );
}
