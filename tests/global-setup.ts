import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startPlatform } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";

const migrations = new URL("../src/db/migrations/", import.meta.url);

/**
 * Creating an embedded database takes seconds; copying a ready one takes a fraction of that.
 * The template is rebuilt whenever a migration (or the change triggers) changes.
 */
export default async function setup(project: TestProject) {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrations).sort()) {
    if (file.endsWith(".sql")) hash.update(readFileSync(new URL(file, migrations)));
  }
  // The journal too: Drizzle applies migrations by their date there, so a migration made again
  // with the same SQL but a new date must not reuse a template that recorded the old one.
  hash.update(readFileSync(new URL("meta/_journal.json", migrations)));
  // The change triggers are made after the migrations, by code.
  hash.update(readFileSync(new URL("../src/db/changes.ts", import.meta.url)));
  const dir = join(tmpdir(), `cityexchange-template-${hash.digest("hex").slice(0, 12)}`);
  if (!existsSync(join(dir, "ready"))) {
    const building = `${dir}.${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const database = await openDatabase({ engine: "pglite", dataDir: building });
    const platform = await startPlatform(loadConfig({ LOG_LEVEL: "silent" }), {
      database,
      logger: false,
      workers: false,
    });
    await platform.stop();
    writeFileSync(join(building, "ready"), "");
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
  }
  project.provide("pgliteTemplate", dir);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
