import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, Crawler, textOf } from "../../../../tests/agent.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";
import { seedDemo } from "../../../app.js";

describe.each(engines)("the demo directory on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    await seedDemo(platform.deps);
  });
  afterAll(() => platform?.stop());

  it("counts the Creative Cities Network's cities, countries and seven fields from the seeded memberships", async () => {
    const page = textOf((await new Agent(platform.app).get("/networks/uccn")).body);
    expect(page).toContain("69 cities from 32 countries in 7 creative fields");
    expect(page).toContain("Kanazawa (Japan, since 2009)");
  });

  it("shows UCLG's members by regional section, in French", async () => {
    const page = textOf((await new Agent(platform.app).get("/fr/networks/uclg")).body);
    expect(page).toContain("8 villes de 6 pays dans 5 sections régionales");
    expect(page).toMatch(/Moyen-Orient et Asie de l’Ouest 2 Izmir \(Turquie\) Kütahya/);
  });

  it("lists the cities the seed documents name, with their GeoNames records", async () => {
    const agent = new Crawler(platform.app);
    const izmir = textOf((await agent.get("/es/places/izmir")).body);
    expect(izmir).toContain("Esmirna");
    expect(izmir).toContain("Metropolis");
    expect(izmir).toContain("311046");
    const directory = textOf((await agent.get("/directory?country=KR")).body);
    for (const city of ["Daejeon", "Seoul", "Busan"]) expect(directory).toContain(city);
  });

  it("lists the organisations the seed documents name", async () => {
    const page = textOf((await new Agent(platform.app).get("/organisations")).body);
    for (const name of ["UNESCO", "UN-Habitat", "FAO", "UNHCR", "UCLG-ASPAC", "WeThe15"])
      expect(page).toContain(name);
  });

  it("adds nothing when the database already holds networks", async () => {
    const counts = async () => {
      const { rows } = await platform.database.execute(
        `select (select count(*) from networks)::int as networks, (select count(*) from places)::int as places,
                (select count(*) from organisations)::int as organisations,
                (select count(*) from memberships)::int as memberships`,
      );
      return rows[0];
    };
    const before = await counts();
    expect(before?.networks).toBeGreaterThan(0);
    expect(await seedDemo(platform.deps)).toBe(false);
    expect(await counts()).toEqual(before);
  });
});
