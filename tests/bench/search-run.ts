/**
 * `npm run bench:search`: only the search figures of `npm run bench`, on the embedded engine and,
 * when DATABASE_URL is set, on that PostgreSQL server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPlatform } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { generateDirectory } from "./generate.js";
import {
  addReferenceRoute,
  benchSearchOnServer,
  indexDirectory,
  measureSearch,
  renderSearch,
  type SearchBench,
} from "./search.js";

const log = (text: string) => process.stderr.write(`${text}\n`);
const dataDir = mkdtempSync(join(tmpdir(), "cityexchange-bench-search-"));
try {
  const searches: SearchBench[] = [];
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", HOST: "127.0.0.1", PORT: "0" });
  const database = await openDatabase({ engine: "pglite", dataDir });
  const platform = await startPlatform(config, { database, logger: false, workers: false });
  try {
    log("generating the directory on PGlite...");
    await generateDirectory(database);
    const index = await indexDirectory(database);
    log(`  ${index.documents} search documents in ${(index.ms / 1000).toFixed(1)} s`);
    const reference = addReferenceRoute(platform.app);
    await platform.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = platform.app.server.address() as { port: number };
    searches.push(
      await measureSearch({
        engine: "pglite",
        reference,
        base: `http://127.0.0.1:${port}`,
        database,
        index,
        log,
      }),
    );
  } finally {
    await platform.stop();
  }
  if (process.env.DATABASE_URL) searches.push(await benchSearchOnServer(process.env.DATABASE_URL, log));
  console.log(renderSearch(searches));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
