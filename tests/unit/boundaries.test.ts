import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkGraph, graphFromSources, readGraph, type Violation } from "../import-graph.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const rules = (violations: Violation[]) => violations.map((v) => `${v.rule} ${v.file}`).sort();

describe("the import graph of src/", () => {
  it("keeps every boundary of docs/ARCHITECTURE.md and has no import cycle, type-only ones included", () => {
    const graph = readGraph(root);
    expect(graph.size).toBeGreaterThan(150);
    expect(checkGraph(graph).map((v) => `${v.rule}: ${v.file} ${v.detail}`)).toEqual([]);
  });
});

describe("the boundary check", () => {
  const clean = {
    "src/lib/http.ts": 'import type { Database } from "../db/client.js";\nexport const x = 1;',
    "src/db/client.ts": 'import * as schema from "./schema.js";',
    "src/db/schema.ts":
      'export * from "../modules/a/a.tables.js";\nexport * from "../modules/b/b.tables.js";',
    "src/modules/a/index.ts": 'export { listThings } from "./a.service.js";',
    "src/modules/a/a.tables.ts": 'import { sql } from "drizzle-orm";\nexport const things = 1;',
    "src/modules/a/a.repo.ts":
      'import { eq } from "drizzle-orm";\nimport { things } from "./a.tables.js";\nexport const q = () => db.execute("select 1");',
    "src/modules/a/a.service.ts":
      'import type { Db } from "../../db/client.js";\nimport { q } from "./a.repo.js";',
    "src/modules/b/index.ts": 'import { listThings } from "../a/index.js";',
    // A foreign key: the one place a module names another's tables file.
    "src/modules/b/b.tables.ts": 'import { things } from "../a/a.tables.js";',
    "src/modules/b/b.test.ts":
      'import { listThings } from "../a/index.js";\nimport { sql } from "drizzle-orm";',
    "src/app.ts": 'import { listThings } from "./modules/a/index.js";',
  };

  it("accepts a graph that keeps the rules, foreign keys between tables files included", () => {
    expect(checkGraph(graphFromSources(clean))).toEqual([]);
  });

  it("names each rule broken: an internal file reached, lib importing a module, schema.ts used, SQL in a service, the platform imported, a cycle", () => {
    const broken = graphFromSources({
      ...clean,
      "src/modules/b/b.service.ts": 'export { q } from "../a/a.repo.js";',
      "src/lib/jobs.ts": 'import { listThings } from "../modules/a/index.js";',
      "src/modules/b/b.repo.ts": 'import { things } from "../../db/schema.js";',
      "src/modules/a/a.pages.tsx": 'import { and, type SQL } from "drizzle-orm";',
      "src/modules/a/a.api.ts": "export const n = (d) => d.execute(`select count(*) from things`);",
      "src/modules/a/index.ts":
        'export { listThings } from "./a.service.js";\nexport { cli } from "./a.cli.js";',
      "src/modules/a/a.cli.ts":
        'export const cli = async () => (await import("../../app.js")).startPlatform;',
      "src/modules/b/b.one.ts": 'import { two } from "./b.two.js";\nexport const one = 1;',
      "src/modules/b/b.two.ts": 'import { one } from "./b.one.js";\nexport const two = 2;',
    });
    expect(rules(checkGraph(broken))).toEqual(
      [
        "cycle src/app.ts",
        "cycle src/modules/b/b.one.ts",
        "index-only src/modules/b/b.service.ts",
        "lib-db-no-module src/lib/jobs.ts",
        "no-platform-import src/modules/a/a.cli.ts",
        "schema-gathers-only src/modules/b/b.repo.ts",
        "sql-in-repos src/modules/a/a.api.ts",
        "sql-in-repos src/modules/a/a.pages.tsx",
      ].sort(),
    );
  });

  it("counts a cycle of type-only imports as a cycle: a type lives with what it describes", () => {
    const graph = graphFromSources({
      "src/lib/http.ts": 'import type { Jobs } from "./jobs.js";\nexport const localePath = 1;',
      "src/lib/jobs.ts": 'import type { AppDeps } from "./http.js";\nexport class Jobs {}',
      "src/db/client.ts": 'import { watch } from "./changes.js";\nexport type Db = {};',
      "src/db/changes.ts": 'import type { Db } from "./client.js";\nexport const watch = 1;',
      "src/lib/i18n/index.ts": 'export type { Catalogue } from "./locales.js";',
      "src/lib/i18n/locales.ts": "export type Catalogue = {};",
    });
    expect(rules(checkGraph(graph))).toEqual(["cycle src/db/changes.ts", "cycle src/lib/http.ts"]);
  });
});
