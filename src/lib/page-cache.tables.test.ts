import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../tests/agent.js";
import { type CreatedUser, createUser, signIn } from "../../tests/factories.js";
import { createPlace } from "../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { watchTables } from "../db/changes.js";
import { type Database, openDatabase } from "../db/client.js";
import { modules } from "../modules/index.js";
import type { Module } from "./module.js";

/**
 * A module of its own for the test: a private table, pages drawn from `places` by the module's
 * default, and one page that names its own table `probe_notes` instead.
 */
const probeModule: Module = {
  name: "probe",
  privateTables: ["probe_visits"],
  pageTables: ["places"],
  routes(app) {
    app.get("/probe/places", { config: { publicCache: true } }, () => "drawn from places");
    app.get(
      "/probe/notes",
      { config: { publicCache: { tables: ["probe_notes"] } } },
      () => "drawn from notes",
    );
  },
};

const pages = ["/probe/places", "/probe/notes", "/directory", "/api/openapi.json"];

async function until(check: () => Promise<boolean>, ms = 5_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe.each(engines)(
  "a kept page is forgotten only when a table it is drawn from changes, on %s",
  (engine) => {
    let platform: TestPlatform;
    let visitor: Agent;
    /** Another connection, or on the embedded engine the raw path this process does not watch itself. */
    let other: Database["execute"];
    let closeOther = async () => {};
    let person: CreatedUser;

    const kept = async (path: string) => (await visitor.get(path)).headers["x-cache"] === "hit";
    const keepAll = async () => {
      for (const page of pages) expect(await until(() => kept(page))).toBe(true);
    };

    beforeAll(async () => {
      platform = await createTestPlatform(engine, {}, { workers: false, modules: [...modules, probeModule] });
      visitor = new Agent(platform.app);
      person = await createUser(platform.deps);
      for (const table of ["probe_visits", "probe_notes"]) {
        await platform.database.execute(`create table ${table} (id serial primary key)`);
      }
      await watchTables(platform.database.db);
      if (engine === "postgres") {
        const { rows } = await platform.database.execute("select current_database() as name");
        const url = new URL(process.env.DATABASE_URL as string);
        url.pathname = `/${rows[0].name}`;
        const second = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 1 });
        other = (text, values) => second.execute(text, values);
        closeOther = () => second.close();
      } else {
        other = (text, values) => platform.database.execute(text, values);
      }
    });
    afterAll(async () => {
      await closeOther();
      await platform?.stop();
    });

    it("keeps every page through writes to private tables, the module's own and the accounts'", async () => {
      await keepAll();
      await platform.database.db.execute(sql`insert into probe_visits default values`);
      await other("insert into probe_visits default values");
      await signIn(new Agent(platform.app), person.email, person.password);
      await other(
        "insert into sessions (id, user_id, expires_at) values ('probe', $1, now() + interval '1 day')",
        [person.id],
      );
      // Notifications arrive in commit order: once this one is heard, the private ones were too.
      await other("insert into probe_notes default values");
      expect(await until(async () => !(await kept("/probe/notes")))).toBe(true);
      for (const page of ["/probe/places", "/directory", "/api/openapi.json"])
        expect(await kept(page)).toBe(true);
    });

    it("forgets the pages drawn from a table this process writes, at once, and keeps the others", async () => {
      await keepAll();
      await createPlace(platform.database.db, { slug: "tunis", name: "Tunis", country: "TN" });
      expect(await kept("/probe/places")).toBe(false);
      expect(await kept("/directory")).toBe(false);
      expect(await kept("/probe/notes")).toBe(true);
      expect(await kept("/api/openapi.json")).toBe(true);
    });

    it("forgets the pages drawn from a table another connection changed, and keeps the others", async () => {
      await keepAll();
      await other("update places set population = 638845 where slug = 'tunis'");
      expect(await until(async () => !(await kept("/probe/places")))).toBe(true);
      expect(await kept("/probe/notes")).toBe(true);
      expect(await kept("/api/openapi.json")).toBe(true);
    });

    it("names only tables that exist, in every module's manifest", async () => {
      const { rows } = await platform.database.execute(
        "select table_name as name from information_schema.tables where table_schema = 'public'",
      );
      const existing = new Set(rows.map((r) => String(r.name)));
      const declared = modules.flatMap((m) => [...(m.privateTables ?? []), ...(m.pageTables ?? [])]);
      expect(declared.filter((table) => !existing.has(table))).toEqual([]);
    });
  },
);
