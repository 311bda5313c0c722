import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, Crawler, textOf } from "../../../tests/agent.js";
import {
  createMembership,
  createNetwork,
  createPlace,
  createPlaces,
  creativeFields as fields,
} from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

describe.each(engines)("the directory's paging on %s", (engine) => {
  let platform: TestPlatform;
  let agent: Agent;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    agent = new Crawler(platform.app);
    const db = platform.database.db;
    await createNetwork(db, { slug: "big", acronym: "BIG", name: { en: "Big" }, sections: fields });
    await createPlaces(db, 120, { country: "IT" }, "Città");
    await createPlaces(db, 3, { country: "ES" }, "Ciudad");
    for (const n of ["0001", "0002", "0051", "0052", "0053"])
      await createMembership(db, { network: "big", place: `citta-${n}-it`, section: "music" });
  });
  afterAll(() => platform?.stop());

  const slugsOf = (body: string) =>
    [...body.matchAll(/<th scope="row"><a href="[^"]*\/places\/([\w-]+)"/g)].map((m) => m[1]);
  const link = (body: string, rel: string) =>
    new RegExp(`href="([^"]*)" rel="${rel}"`).exec(body)?.[1]?.replaceAll("&amp;", "&");

  it("pages through 50 places at a time from a place, keeping the filters in the page links", async () => {
    const first = await agent.get("/directory?country=IT&region=europe");
    expect(textOf(first.body)).toContain("120 results");
    expect(first.body).toContain(
      'href="/directory?country=IT&amp;region=europe&amp;after=citta-0050-it" rel="next"',
    );
    expect(first.body).not.toContain('rel="prev"');
    const second = await agent.get("/directory?country=IT&region=europe&after=citta-0050-it");
    expect(textOf(second.body)).toContain("120 results");
    expect(slugsOf(second.body)[0]).toBe("citta-0051-it");
    expect(second.body).toContain(
      'href="/directory?country=IT&amp;region=europe&amp;before=citta-0051-it" rel="prev"',
    );
    expect(textOf(second.body)).toContain("First page");
  });

  it("walks every page forwards and back without a gap or a repeat", async () => {
    const expected = { "/directory": 123, "/directory?country=IT": 120, "/fr/directory?network=big": 5 };
    for (const [start, count] of Object.entries(expected)) {
      const forwards: string[][] = [];
      let last = start;
      let url: string | undefined = start;
      while (url) {
        const res = await agent.get(url);
        expect(res.statusCode, url).toBe(200);
        forwards.push(slugsOf(res.body));
        last = url;
        url = link(res.body, "next");
      }
      const seen = forwards.flat();
      expect(seen, start).toHaveLength(count);
      expect(new Set(seen).size, start).toBe(count);
      expect(
        forwards.slice(0, -1).every((page) => page.length === 50),
        start,
      ).toBe(true);
      // Back from the last page, each previous page is the one seen on the way forwards.
      const backwards: string[][] = [forwards.at(-1) ?? []];
      url = link((await agent.get(last)).body, "prev");
      while (url) {
        const res = await agent.get(url);
        backwards.unshift(slugsOf(res.body));
        url = link(res.body, "prev");
      }
      expect(backwards, start).toEqual(forwards);
    }
  });

  it("keeps the network and section in the French page links; an old numbered page leads to the list", async () => {
    const page = await agent.get("/fr/directory?network=big&section=music");
    expect(textOf(page.body)).toContain("5 résultats");
    expect(page.body).toContain('<option value="big/music" selected>');
    const beyond = await agent.get("/fr/directory?network=big&section=music&page=4");
    expect(beyond.statusCode).toBe(301);
    expect(beyond.headers.location).toBe("/fr/directory?network=big&section=music");
  });

  it("refuses a page from a place that does not exist, naming the field", async () => {
    const res = await agent.get("/es/directory?country=IT&after=no-such-place");
    expect(res.statusCode).toBe(422);
    expect(textOf(res.body)).toContain("Página no es válido");
    const markup = await agent.get("/directory?before=%3Cx%3E");
    expect(markup.statusCode).toBe(422);
    expect(markup.body).toContain('class="error-summary"');
  });

  it("counts a total past a thousand once, and again only after the places change", async () => {
    const db = platform.database.db;
    await createPlaces(db, 1_100, { country: "MX" }, "Ciudad grande");
    const statements = async (url: string) => {
      const res = await agent.get(url, { "cache-control": "no-cache" });
      expect(res.statusCode, url).toBe(200);
      return { n: Number(res.headers["x-sql-queries"]), text: textOf(res.body) };
    };
    const first = await statements("/directory?country=MX");
    expect(first.text).toContain("1,100 results");
    // On a server the insert's change notice arrives on its own connection, and may forget the
    // total counted just before it: the next pages keep it once the notice is in.
    let again = await statements("/directory?country=MX");
    for (let tries = 0; again.n !== first.n - 1 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await statements("/directory?country=MX");
    }
    expect(again.text).toContain("1,100 results");
    expect(again.n).toBe(first.n - 1);
    const deep = await statements("/directory?country=MX&after=ciudad-grande-1000-mx");
    expect(deep.text).toContain("1,100 results");
    expect(deep.n).toBe(again.n);
    await createPlace(db, { slug: "one-more", name: "Ciudad grande 2000", country: "MX" });
    expect((await statements("/directory?country=MX")).text).toContain("1,101 results");
  });

  it("links a large network's sections to the directory instead of naming every member", async () => {
    const db = platform.database.db;
    await createNetwork(db, { slug: "huge", acronym: "HUGE", name: { en: "Huge" }, sections: fields });
    const places = await createPlaces(db, 301, { country: "PT" }, "Cidade");
    for (const place of places)
      await createMembership(db, { network: "huge", place: place.slug, section: "design" });
    const page = await agent.get("/networks/huge");
    expect(textOf(page.body)).toContain("301 cities from 1 country in 1 creative field");
    expect(page.body).toContain('href="/directory?network=huge&amp;section=design"');
    expect(textOf(page.body)).toContain("Design 301 cities");
    expect(page.body).not.toMatch(/<ul class="members">/);
    // 301 memberships written one by one, each with its search document and history.
  }, 120_000);
});

describe.each(engines)("the directory's alphabetical order on %s", (engine) => {
  let platform: TestPlatform;
  let agent: Agent;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    agent = new Crawler(platform.app);
    const db = platform.database.db;
    await createNetwork(db, { slug: "capitals", acronym: "CAP", name: { en: "Capitals" } });
    const cities = [
      { slug: "beijing", name: "Beijing", names: { fr: "Pékin", es: "Pekín" }, country: "CN" },
      { slug: "evora", name: "Évora", country: "PT" },
      { slug: "paris", name: "Paris", country: "FR" },
      { slug: "zagreb", name: "Zagreb", country: "HR" },
    ];
    for (const city of cities) {
      await createPlace(db, city);
      await createMembership(db, { network: "capitals", place: city.slug });
    }
  });
  afterAll(() => platform?.stop());

  const order = async (url: string) => {
    const res = await agent.get(url);
    expect(res.statusCode, url).toBe(200);
    return [...res.body.matchAll(/<a href="[^"]*\/places\/([\w-]+)"/g)].map((m) => m[1]);
  };

  it("lists places by the name each reader sees, accents aside", async () => {
    expect(await order("/directory?network=capitals")).toEqual(["beijing", "evora", "paris", "zagreb"]);
    expect(await order("/fr/directory?network=capitals")).toEqual(["evora", "paris", "beijing", "zagreb"]);
    expect(await order("/es/directory")).toEqual(["evora", "paris", "beijing", "zagreb"]);
  });

  it("lists a network's members in the same order on its page", async () => {
    expect(await order("/networks/capitals")).toEqual(["beijing", "evora", "paris", "zagreb"]);
    expect(await order("/fr/networks/capitals")).toEqual(["evora", "paris", "beijing", "zagreb"]);
  });
});
