// A first start on an empty data folder copies a ready database instead of creating one: the
// embedded engine takes seconds to create its cluster (initdb, in WebAssembly), and copying a
// migrated one takes a fraction of that. The template is kept in dist/ (ignored by git), one per
// PGlite version and version of the migrations, built by `cityexchange prepare` (which
// `npm install` runs) or else by the first start that needs it.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { startJobs } from "../lib/jobs.js";
import { fromRoot } from "../lib/paths.js";
import { openDatabase } from "./client.js";
import { migrate, migrationsFolder } from "./migrate.js";

function templateKey(): string {
  const pglite = JSON.parse(readFileSync(fromRoot("node_modules/@electric-sql/pglite/package.json"), "utf8"));
  const hash = createHash("sha256").update(pglite.version);
  hash.update(readFileSync(join(migrationsFolder, "meta", "_journal.json")));
  hash.update(readFileSync(join(migrationsFolder, "checksums.json")));
  hash.update(readFileSync(fromRoot("src/db/changes.ts")));
  hash.update(readFileSync(fromRoot("node_modules/pg-boss/package.json")));
  return `${pglite.version}-${hash.digest("hex").slice(0, 12)}`;
}

export function templatePath(): string {
  return fromRoot(`dist/pglite/${templateKey()}`);
}

/**
 * The migrated template, built when missing (into a folder of its own, renamed when whole, so two
 * processes never see half of one). Undefined when dist/ cannot be written.
 */
export async function ensureTemplate(): Promise<string | undefined> {
  const template = templatePath();
  if (existsSync(join(template, "ready"))) return template;
  const building = `${template}.${process.pid}`;
  try {
    rmSync(building, { recursive: true, force: true });
    const database = await openDatabase({ engine: "pglite", dataDir: building });
    try {
      await migrate(database);
      // The job queue's own schema too: pg-boss makes it at its first start, which takes a while.
      await (await startJobs(database)).stop();
    } finally {
      await database.close();
    }
    writeFileSync(join(building, "ready"), "");
    if (existsSync(template)) rmSync(building, { recursive: true, force: true });
    else renameSync(building, template);
    // Templates of earlier migrations are no longer copied: 40 MB each.
    for (const name of readdirSync(dirname(template))) {
      const other = join(dirname(template), name);
      if (other !== template && existsSync(join(other, "ready")))
        rmSync(other, { recursive: true, force: true });
    }
    return template;
  } catch {
    rmSync(building, { recursive: true, force: true });
    return existsSync(join(template, "ready")) ? template : undefined;
  }
}

/**
 * Fills the empty database folder of a data folder (whose lock the caller holds) with a copy of
 * the migrated template. Leaves it to the engine to create when no template can be built.
 */
export async function fillFromTemplate(pgDir: string): Promise<void> {
  const template = await ensureTemplate();
  if (!template) return;
  // Copied aside and renamed: a copy cut short leaves the folder empty, not half a database.
  const copying = `${pgDir}.copying`;
  rmSync(copying, { recursive: true, force: true });
  cpSync(join(template, "pg"), copying, { recursive: true });
  rmSync(pgDir, { recursive: true, force: true });
  renameSync(copying, pgDir);
}
