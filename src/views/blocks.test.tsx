import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, Crawler, textOf } from "../../tests/agent.js";
import { createUser } from "../../tests/factories.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
} from "../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { watchTables } from "../db/changes.js";
import type { Module } from "../lib/module.js";
import { modules } from "../modules/index.js";

/** A module of its own for the test: a block on both pages, between the directory's two, drawn from its own table. */
const probeModule: Module = {
  name: "probe",
  blocks: [
    {
      name: "probe.notice",
      on: ["home", "network"],
      order: 15,
      tables: ["probe_notes"],
      render: async ({ network }) => (
        <p class="probe">{network ? `Probe block for ${network.acronym}` : "Probe block for the platform"}</p>
      ),
    },
    { name: "probe.empty", on: ["home"], order: 1, tables: [], render: async () => null },
  ],
};

const sql = (res: { headers: Record<string, unknown> }) => Number(res.headers["x-sql-queries"]);

describe.each(engines)("blocks that modules draw on the home page and a network's page, on %s", (engine) => {
  let platform: TestPlatform;
  // Reads each language's address in turn, as a crawler does: no language choice is kept.
  let visitor: Agent;
  const kept = async (path: string) => (await visitor.get(path)).headers["x-cache"] === "hit";
  async function until(check: () => Promise<boolean>) {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false, modules: [...modules, probeModule] });
    visitor = new Crawler(platform.app);
    await platform.database.execute("create table probe_notes (id serial primary key)");
    await watchTables(platform.database.db);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uccn",
      acronym: "UCCN",
      name: { en: "Creative Cities", fr: "Villes créatives" },
    });
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "United Cities" } });
    await createPlace(db, { slug: "dakar", name: "Dakar", country: "SN" });
    await createPlace(db, { slug: "seoul", name: "Seoul", country: "KR" });
    await createPlace(db, { slug: "busan", name: "Busan", country: "KR" });
    await createMembership(db, { network: "uccn", place: "dakar", sinceYear: 2014 });
    await createMembership(db, { network: "uccn", place: "seoul", sinceYear: 2010 });
    await createMembership(db, { network: "uclg", place: "busan", sinceYear: 2004 });
    await createOrganisation(db, { slug: "unesco", kind: "un_agency", name: { en: "UNESCO" } });
  });
  afterAll(() => platform?.stop());

  it("puts the directory's figures and networks on the home page, with other modules' blocks in their order", async () => {
    const res = await visitor.get("/");
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain("2 city networks 3 member cities 2 countries 1 partner organisation");
    expect(res.body).toContain('href="/networks/uccn"');
    const order = ["directory.figures", "probe.notice", "directory.networks"].map((name) =>
      res.body.indexOf(`data-block="${name}"`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(res.body).toContain("Probe block for the platform");
    expect(res.body).not.toContain("probe.empty");
  });

  it("writes the figures in French and in Spanish", async () => {
    expect(textOf((await visitor.get("/fr/")).body)).toContain("2 réseaux de villes 3 villes membres 2 pays");
    expect(textOf((await visitor.get("/es/")).body)).toContain(
      "2 redes de ciudades 3 ciudades miembro 2 países",
    );
  });

  it("gives a block on a network's page that network", async () => {
    const res = await visitor.get("/networks/uccn");
    expect(res.body).toContain("Probe block for UCCN");
    expect(res.body).not.toContain('data-block="directory.figures"');
  });

  it("keeps the home page within its budget: two statements and a light page", async () => {
    const res = await visitor.get("/", { "cache-control": "no-cache" });
    expect(sql(res)).toBeLessThanOrEqual(2);
    expect(Buffer.byteLength(res.body)).toBeLessThan(20_000);
  });

  it("counts the figures again for a page rendered afresh only after a table they are drawn from changed", async () => {
    const fresh = { "cache-control": "no-cache" };
    await visitor.get("/", fresh);
    const again = await visitor.get("/", fresh);
    expect(sql(again)).toBe(1);
    expect(textOf(again.body)).toContain("3 member cities");
    await createPlace(platform.database.db, { slug: "thies", name: "Thiès", country: "SN" });
    await createMembership(platform.database.db, { network: "uccn", place: "thies", sinceYear: 2021 });
    const changed = await visitor.get("/", fresh);
    expect(sql(changed)).toBe(2);
    expect(textOf(changed.body)).toContain("4 member cities");
  });

  it("keeps the pages through a change no block reads, and forgets them when a block's table changes", async () => {
    expect(await until(() => kept("/"))).toBe(true);
    expect(await until(() => kept("/networks/uccn"))).toBe(true);
    await createUser(platform.deps);
    expect(await kept("/")).toBe(true);
    await platform.database.execute("insert into probe_notes default values");
    expect(await until(async () => !(await kept("/")))).toBe(true);
    expect(await until(async () => !(await kept("/networks/uccn")))).toBe(true);
    expect(await until(() => kept("/"))).toBe(true);
    await createPlace(platform.database.db, { slug: "lyon", name: "Lyon", country: "FR" });
    expect(await kept("/")).toBe(false);
  });
});
