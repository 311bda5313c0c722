import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../tests/agent.js";
import { createNetwork, createPlace } from "../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";

const sql = (res: { headers: Record<string, unknown> }) => Number(res.headers["x-sql-queries"]);

describe.each(engines)("pages kept under their validated parameters, on %s", (engine) => {
  let platform: TestPlatform;
  let visitor: Agent;
  const hit = async (url: string) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const res = await visitor.get(url);
      if (res.headers["x-cache"] === "hit" || Date.now() > deadline) return res;
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    visitor = new Agent(platform.app);
    await createNetwork(platform.database.db, {
      slug: "uclg",
      acronym: "UCLG",
      name: { en: "United Cities" },
    });
    await createPlace(platform.database.db, { slug: "durban", name: "Durban", country: "ZA" });
  });
  afterAll(() => platform?.stop());

  it("sends an address with junk parameters to its canonical address, without rendering or keeping it", async () => {
    expect((await hit("/directory?country=ZA")).headers["x-cache"]).toBe("hit");
    const kept = platform.app.responseCache.size;
    for (let i = 0; i < 25; i++) {
      const res = await visitor.get(`/directory?utm_source=news${i}&country=ZA&x=%3Cscript%3E`);
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe("/directory?country=ZA");
      expect(sql(res)).toBe(0);
    }
    expect(platform.app.responseCache.size).toBe(kept);
    expect((await visitor.get("/directory?country=ZA")).headers["x-cache"]).toBe("hit");
  });

  it("keeps the language and drops every parameter of a page that reads none", async () => {
    const fr = await new Agent(platform.app).get("/fr/places/durban?fbclid=abc");
    expect(fr.statusCode).toBe(301);
    expect(fr.headers.location).toBe("/fr/places/durban");
    expect((await visitor.get("/networks/uclg?ref=mail")).headers.location).toBe("/networks/uclg");
  });

  it("serves one kept answer for every spelling of the same filter", async () => {
    expect((await hit("/directory?country=ZA")).headers["x-cache"]).toBe("hit");
    const kept = platform.app.responseCache.size;
    for (const spelling of [
      "/directory?country=za",
      "/directory?after=&country=ZA",
      "/directory?network=&country=ZA&kind=",
    ]) {
      const res = await visitor.get(spelling);
      expect(res.statusCode).toBe(200);
      expect(res.headers["x-cache"]).toBe("hit");
    }
    expect(platform.app.responseCache.size).toBe(kept);
  });

  it("keeps no answer for parameters that do not validate", async () => {
    const kept = platform.app.responseCache.size;
    const res = await visitor.get("/directory?country=XX");
    expect(res.statusCode).toBe(422);
    expect((await visitor.get("/directory?country=XX")).headers["x-cache"]).toBeUndefined();
    expect(platform.app.responseCache.size).toBe(kept);
  });

  it("treats the API alike, its language parameter included", async () => {
    const junk = await visitor.get("/api/v1/networks?perPage=10&callback=x");
    expect(junk.statusCode).toBe(301);
    expect(junk.headers.location).toBe("/api/v1/networks?perPage=10");
    expect((await hit("/api/v1/networks?lang=fr&perPage=10")).headers["x-cache"]).toBe("hit");
    const same = await visitor.get("/api/v1/networks?perPage=10&lang=fr&page=1");
    expect(same.headers["x-cache"]).toBe("hit");
  });
});
