import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../tests/agent.js";
import { createMembership, createNetwork, createPlace } from "../../tests/factories-directory.js";
import { signedInPerson } from "../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { writtenTable } from "../db/changes.js";
import { type Database, openDatabase } from "../db/client.js";
import { ResponseCache } from "./page-cache.js";

const sql = (res: { headers: Record<string, unknown> }) => Number(res.headers["x-sql-queries"]);

/**
 * Visits until the answer comes from the cache. On a server, the notification of a test's own
 * setup writes can arrive after the first visit and rightly empty the cache once more.
 */
async function visitUntilKept(visitor: Agent, url: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const res = await visitor.get(url);
    if (res.headers["x-cache"] === "hit" || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(engines)("public pages kept until the data changes, on %s", (engine) => {
  let platform: TestPlatform;
  let visitor: Agent;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    visitor = new Agent(platform.app);
    const db = platform.database.db;
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "United Cities" } });
    await createPlace(db, { slug: "durban", name: "Durban", country: "ZA" });
    await createMembership(db, { network: "uclg", place: "durban", sinceYear: 2004 });
  });
  afterAll(() => platform?.stop());

  it("answers a signed-out visitor's second visit without a single SQL statement", async () => {
    const first = await visitor.get("/directory?country=ZA");
    expect(first.statusCode).toBe(200);
    expect(sql(first)).toBeGreaterThan(0);
    const second = await visitUntilKept(visitor, "/directory?country=ZA");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(sql(second)).toBe(0);
    expect(second.body).toBe(first.body);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
  });

  it("shows a place added to the database on the very next visit", async () => {
    await visitUntilKept(visitor, "/directory?country=ZA");
    await createPlace(platform.database.db, { slug: "johannesburg", name: "Johannesburg", country: "ZA" });
    const after = await visitor.get("/directory?country=ZA");
    expect(after.headers["x-cache"]).toBeUndefined();
    expect(after.body).toContain("Johannesburg");
  });

  it("shows an editor's change to the public right after it is saved", async () => {
    const editor = await signedInPerson(platform, { email: "editor@uclg.org", roles: { uclg: "editor" } });
    expect((await visitor.get("/api/v1/memberships?network=uclg")).body).not.toContain("johannesburg");
    const added = await editor.json("POST", "/api/v1/networks/uclg/memberships", {
      place: "johannesburg",
      sinceYear: 2010,
    });
    expect(added.statusCode).toBe(201);
    expect((await visitor.get("/api/v1/memberships?network=uclg")).body).toContain("johannesburg");
  });

  it("keeps each language's page apart, for pages and for the API", async () => {
    const french = new Agent(platform.app);
    const en = await visitor.get("/places/durban");
    const fr = await french.get("/fr/places/durban");
    expect(fr.body).toContain('lang="fr"');
    expect((await visitor.get("/places/durban")).body).toBe(en.body);
    expect((await french.get("/fr/places/durban")).body).toBe(fr.body);
    // The French visitor's bare address is a redirect to French, never the English page kept for others.
    const bare = await french.get("/places/durban");
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe("/fr/places/durban");
    expect(bare.headers["cache-control"]).toBe("private, no-store");
    expect(String(bare.headers.vary)).toMatch(/cookie/i);
    const apiEs = await visitor.get("/api/v1/networks/uclg", { "accept-language": "es" });
    const apiEn = await visitor.get("/api/v1/networks/uclg", { "accept-language": "en" });
    expect((await visitor.get("/api/v1/networks/uclg", { "accept-language": "es" })).body).toBe(apiEs.body);
    expect((await visitor.get("/api/v1/networks/uclg", { "accept-language": "en" })).body).toBe(apiEn.body);
  });

  it("renders afresh for a reload that asks for a fresh copy", async () => {
    await visitor.get("/networks/uclg");
    const reload = await visitor.get("/networks/uclg", { "cache-control": "no-cache" });
    expect(reload.headers["x-cache"]).toBeUndefined();
    expect(sql(reload)).toBeGreaterThan(0);
  });

  it("tells a browser that already has the page that it has not changed", async () => {
    const first = await visitUntilKept(visitor, "/networks/uclg");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await visitor.get("/networks/uclg", { "if-none-match": `"older", ${etag}` });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const other = await visitor.get("/networks/uclg", { "if-none-match": '"older"' });
    expect(other.statusCode).toBe(200);
  });

  it("never keeps or serves a page for someone signed in", async () => {
    const person = await signedInPerson(platform, { email: "ana@durban.gov.za", isAdmin: true });
    await visitor.get("/networks/uclg");
    const theirs = await person.get("/networks/uclg");
    expect(theirs.headers["x-cache"]).toBeUndefined();
    expect(theirs.body).toContain('href="/account"');
    const again = await visitor.get("/networks/uclg");
    expect(again.body).not.toContain('href="/account"');
  });

  it("keeps no answer that set a cookie of the visitor's own", async () => {
    // A session that has ended: the page clears the dead cookie, so that answer is not kept.
    const stale = await visitor.get("/networks", { cookie: "cx_session=ended-long-ago" });
    expect(String(stale.headers["set-cookie"])).toContain("cx_session=");
    const next = await new Agent(platform.app).get("/networks");
    expect(next.headers["x-cache"]).toBeUndefined();
    expect((await visitor.get("/networks")).headers["x-cache"]).toBe("hit");
  });

  it("repeats the headers the route set, such as the API description's open access", async () => {
    const first = await visitUntilKept(visitor, "/api/openapi.json");
    expect(first.headers["x-cache"]).toBe("hit");
    expect(first.headers["access-control-allow-origin"]).toBe("*");
    expect(first.headers["content-type"]).toContain("application/json");
  });
});

describe.each(engines)("the page cache with the background workers running, on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    await createPlace(platform.database.db, { slug: "izmir", name: "İzmir", country: "TR" });
  });
  afterAll(() => platform?.stop());

  it("keeps pages while the job queue polls for work", async () => {
    const visitor = new Agent(platform.app);
    expect((await visitUntilKept(visitor, "/places/izmir")).headers["x-cache"]).toBe("hit");
    // The queue looks for work every second, writing to its own tables.
    await new Promise((r) => setTimeout(r, 2_500));
    expect((await visitor.get("/places/izmir")).headers["x-cache"]).toBe("hit");
  });
});

describe.runIf(engines.includes("postgres"))("several app processes on one PostgreSQL server", () => {
  let platform: TestPlatform;
  let other: Database;
  beforeAll(async () => {
    platform = await createTestPlatform("postgres", {}, { workers: false });
    await createPlace(platform.database.db, { slug: "almaty", name: "Almaty", country: "KZ" });
    const { rows } = await platform.database.execute("select current_database() as name");
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${rows[0].name}`;
    other = await openDatabase({ engine: "postgres", url: url.toString(), poolSize: 1 });
  });
  afterAll(async () => {
    await other?.close();
    await platform?.stop();
  });

  it("hears of a change another process committed and stops serving the old page", async () => {
    const visitor = new Agent(platform.app);
    expect((await visitUntilKept(visitor, "/directory?country=KZ")).headers["x-cache"]).toBe("hit");
    // Written through a connection of its own, as another app process or the CLI would.
    await createPlace(other.db, { slug: "astana", name: "Astana", country: "KZ" });
    const deadline = Date.now() + 5_000;
    let body = "";
    while (Date.now() < deadline && !body.includes("Astana")) {
      body = (await visitor.get("/directory?country=KZ")).body;
      if (!body.includes("Astana")) await new Promise((r) => setTimeout(r, 20));
    }
    expect(body).toContain("Astana");
  });

  it("serves nothing from memory while it cannot hear of changes, and again once it can", async () => {
    const visitor = new Agent(platform.app);
    expect((await visitUntilKept(visitor, "/directory?country=KZ")).headers["x-cache"]).toBe("hit");
    await platform.database.execute(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like 'listen %'",
    );
    const until = async (enabled: boolean) => {
      const deadline = Date.now() + 10_000;
      while (platform.app.responseCache.enabled !== enabled && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      return platform.app.responseCache.enabled;
    };
    expect(await until(false)).toBe(false);
    expect(await until(true)).toBe(true);
    expect((await visitUntilKept(visitor, "/directory?country=KZ")).headers["x-cache"]).toBe("hit");
  });
});

describe("the response cache's bookkeeping", () => {
  const entry = (size: number) => ({
    body: Buffer.from("x"),
    headers: { "content-type": "text/html" },
    etag: '"e"',
    size,
    tables: null,
  });

  it("stays within its byte budget by dropping the least recently used answers", () => {
    const cache = new ResponseCache(1000);
    cache.put("a", entry(100), 0);
    cache.put("b", entry(100), 0);
    cache.get("a");
    for (let i = 0; i < 9; i++) cache.put(`c${i}`, entry(100), 0);
    expect(cache.bytes).toBeLessThanOrEqual(1000);
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
  });

  it("refuses an answer rendered before the latest change, and one too large for its share", () => {
    const cache = new ResponseCache(1000);
    const before = cache.generation;
    cache.invalidate();
    cache.put("stale", entry(10), before);
    cache.put("huge", entry(200), cache.generation);
    expect(cache.size).toBe(0);
  });

  it("serves nothing while changes may go unheard, and starts empty when they are heard again", () => {
    const cache = new ResponseCache(1000);
    cache.put("a", entry(10), cache.generation);
    cache.suspend();
    expect(cache.get("a")).toBeUndefined();
    cache.put("b", entry(10), cache.generation);
    cache.resume();
    expect(cache.size).toBe(0);
    cache.put("c", entry(10), cache.generation);
    expect(cache.get("c")).toBeDefined();
  });

  it("tells reads from writes, and names the table a write changes when it can", () => {
    expect(writtenTable('select "id" from "places"')).toBeUndefined();
    expect(writtenTable("begin")).toBeUndefined();
    expect(writtenTable('insert into "sessions" ("id") values ($1)')).toBe("sessions");
    expect(writtenTable('delete from "email_tokens" where "id" = $1')).toBe("email_tokens");
    expect(writtenTable('update "public"."places" set "name" = $1')).toBe("places");
    expect(writtenTable('insert into "memberships" ("place_id") values ($1)')).toBe("memberships");
    expect(writtenTable("with x as (delete from places returning id) select * from x")).toBeNull();
    expect(writtenTable("truncate table organisations")).toBeNull();
    expect(writtenTable('truncate "outbox", "places" restart identity cascade')).toBeNull();
  });

  it("forgets only the answers drawn from a changed table, and none for a private table", () => {
    const cache = new ResponseCache(1000, { privateTables: ["sessions"] });
    cache.put("places", { ...entry(10), tables: ["places"] }, cache.generation);
    cache.put("networks", { ...entry(10), tables: ["networks", "memberships"] }, cache.generation);
    cache.put("code", { ...entry(10), tables: [] }, cache.generation);
    cache.put("anything", entry(10), cache.generation);
    cache.changed("sessions");
    expect(cache.size).toBe(4);
    cache.changed("memberships");
    expect(cache.get("networks")).toBeUndefined();
    expect(cache.get("anything")).toBeUndefined();
    expect(cache.get("places")).toBeDefined();
    cache.changed(null);
    expect(cache.size).toBe(0);
  });

  it("refuses an answer only when a table it is drawn from changed while it was rendered", () => {
    const cache = new ResponseCache(1000);
    const before = cache.generation;
    cache.changed("places");
    cache.put("networks", { ...entry(10), tables: ["networks"] }, before);
    cache.put("places", { ...entry(10), tables: ["places"] }, before);
    cache.put("anything", entry(10), before);
    expect(cache.get("networks")).toBeDefined();
    expect(cache.get("places")).toBeUndefined();
    expect(cache.get("anything")).toBeUndefined();
  });
});
