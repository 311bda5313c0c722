import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, Crawler, textOf } from "../../../tests/agent.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
  createPlaces,
} from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { createAccount } from "../accounts/index.js";
import { grantNetworkRole } from "./index.js";

const pages = [
  "/directory",
  "/directory?network=net&section=music",
  "/directory?network=net&section=music&country=IT&region=europe&kind=city&after=first",
  "/fr/directory?country=IT&after=first",
  "/directory?kind=city&before=first",
  "/api/v1/places?country=IT&perPage=100",
  "/networks",
  "/networks/net",
  "/places/first",
  "/organisations",
  "/organisations/org",
];

async function seed(platform: TestPlatform, places: number) {
  const db = platform.database.db;
  await createNetwork(db, {
    slug: "net",
    acronym: "NET",
    name: { en: "Network" },
    sections: [{ slug: "music", kind: "field", name: { en: "Music" } }],
  });
  await createPlace(db, { slug: "first", name: "First", country: "IT", latitude: 44.5, longitude: 11.3 });
  await createMembership(db, { network: "net", place: "first", section: "music", sinceYear: 2006 });
  await createOrganisation(db, { slug: "org" });
  const more = await createPlaces(db, places - 1, { country: "IT", latitude: 45, longitude: 9 });
  // Every member costs the network page the same single statement: 60 of them show it is not one per row.
  for (const place of more.slice(0, 60))
    await createMembership(db, { network: "net", place: place.slug, section: "music" });
  // A network of every place but the first, spread over eight countries and the world.
  await createNetwork(db, {
    slug: "wide",
    acronym: "WIDE",
    name: { en: "Wide" },
    sections: [
      { slug: "north", kind: "region", name: { en: "North" } },
      { slug: "south", kind: "region", name: { en: "South" } },
    ],
  });
  await platform.database.execute(`
    update places set country = (array['FR','IT','DE','ES','BR','JP','US','NG'])[1 + id % 8],
      latitude = (id * 37 % 140) - 60, longitude = (id * 73 % 340) - 170 where slug <> 'first';
    insert into memberships (network_id, place_id, section_id, status)
    select n.id, p.id, s.id, 'active' from networks n
    join places p on p.slug <> 'first'
    join network_sections s on s.network_id = n.id and s.slug = case when p.latitude > 0 then 'north' else 'south' end
    where n.slug = 'wide'`);
}

describe.each(engines)("SQL statements per directory page on %s", (engine) => {
  const platforms: Record<number, TestPlatform> = {};
  beforeAll(async () => {
    for (const size of [2, 2_001]) {
      platforms[size] = await createTestPlatform(engine, {}, { workers: false });
      await seed(platforms[size], size);
    }
  });
  afterAll(async () => {
    for (const p of Object.values(platforms)) await p.stop();
  });

  it("stays at the same small number whether there are 2 or 2,001 places", async () => {
    const counts: Record<number, Record<string, number>> = {};
    for (const size of [2, 2_001]) {
      const agent = new Crawler(platforms[size].app);
      counts[size] = {};
      // Rendered afresh twice: a total past a thousand is counted once, then kept until the data changes.
      for (const url of [...pages, ...pages]) {
        const res = await agent.get(url, { "cache-control": "no-cache" });
        expect(res.statusCode, url).toBe(200);
        counts[size][url] = Number(res.headers["x-sql-queries"]);
      }
    }
    expect(counts[2_001]).toEqual(counts[2]);
    for (const [url, n] of Object.entries(counts[2_001])) expect(n, url).toBeLessThanOrEqual(8);
  });

  it("draws a network of 2,000 members from at most 300 linked points, in a page of bounded size", async () => {
    const fresh = { "cache-control": "no-cache" };
    const one = await new Agent(platforms[2].app).get("/networks/wide", fresh);
    const agent = new Agent(platforms[2_001].app);
    await agent.get("/networks/wide", fresh);
    const page = await agent.get("/networks/wide", fresh);
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain("2,000 cities from 8 countries in 2 regional sections");
    // Kept figures: no more statements than for a network of one member.
    expect(Number(page.headers["x-sql-queries"])).toBeLessThanOrEqual(Number(one.headers["x-sql-queries"]));
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page.body)?.[0] ?? "";
    const points = [...svg.matchAll(/<a href="([^"]+)" tabindex="-1"><circle /g)].map((m) => m[1]);
    expect(points.length).toBeGreaterThan(50);
    expect(points.length).toBeLessThanOrEqual(300);
    for (const href of points)
      expect(href).toMatch(/^\/places\/[\w-]+$|^\/directory\?network=wide&amp;country=[A-Z]{2}$/);
    // The table behind the map has the same links, for keyboards and screen readers.
    const table = /<details class="map-table">[\s\S]*?<\/details>/.exec(page.body)?.[0] ?? "";
    expect([...table.matchAll(/<th scope="row"><a href="([^"]+)">/g)].map((m) => m[1])).toEqual(points);
    expect(page.body).toContain('<a href="#section-north">North</a>');
    expect(page.body).toContain('id="section-north"');
    expect(page.body.length).toBeLessThan(100_000);
    expect(gzipSync(page.body).length).toBeLessThan(25_000);
  });

  it("shows a network's editor the link to manage members, within the same budget", async () => {
    const platform = platforms[2_001];
    const user = await createAccount(platform.deps, {
      email: "editor@example.org",
      name: "Edith Editor",
      password: "a long enough password",
      confirmed: true,
    });
    if (!user) throw new Error("account not created");
    const agent = new Agent(platform.app);
    const before = await agent.get("/networks/net");
    expect(textOf(before.body)).not.toContain("Manage members");
    await agent.post("/signin", { email: "editor@example.org", password: "a long enough password" });
    expect(textOf((await agent.get("/networks/net")).body)).not.toContain("Manage members");
    await grantNetworkRole({ db: platform.database.db, userId: user.id, network: "net", role: "editor" });
    const page = await agent.get("/networks/net");
    expect(textOf(page.body)).toContain("Manage members");
    expect(page.body).toContain('href="/networks/net/manage"');
    for (const url of pages) {
      const res = await agent.get(url);
      expect(Number(res.headers["x-sql-queries"]), url).toBeLessThanOrEqual(8);
    }
  });
});
