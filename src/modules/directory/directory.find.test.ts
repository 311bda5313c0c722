import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Crawler, textOf } from "../../../tests/agent.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
  createPlaces,
} from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

describe.each(engines)("finding places, networks and organisations by name on %s", (engine) => {
  let platform: TestPlatform;
  let agent: Crawler;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    agent = new Crawler(platform.app);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "creative",
      acronym: "CRE",
      name: { en: "Creative Cities", fr: "Villes créatives", es: "Ciudades creativas" },
      sections: [{ slug: "music", kind: "field", name: { en: "Music", fr: "Musique" } }],
    });
    await createNetwork(db, { slug: "metro", acronym: "MET", name: { en: "Metropolises" } });
    await createPlace(db, {
      slug: "turin",
      name: "Turin",
      names: { it: "Torino", es: "Turín" },
      country: "IT",
    });
    await createPlace(db, { slug: "kutahya", name: "Kütahya", country: "TR" });
    await createPlace(db, { slug: "bologna", name: "Bologna", names: { fr: "Bologne" }, country: "IT" });
    await createPlace(db, { slug: "turku", name: "Turku", country: "FI" });
    await createMembership(db, { network: "creative", place: "turin", section: "music" });
    await createMembership(db, { network: "creative", place: "bologna", section: "music" });
    await createPlaces(db, 60, { country: "ES" }, "Santa Cruz");
    await createPlaces(db, 3, { country: "AR" }, "Santa Fe");
    await createOrganisation(db, {
      slug: "geneva",
      name: { en: "Université de Genève" },
      kind: "university",
    });
    await createOrganisation(db, {
      slug: "unesco",
      acronym: "UNESCO",
      name: { en: "UNESCO" },
      kind: "un_agency",
    });
  });
  afterAll(() => platform?.stop());

  const slugs = async (url: string, kind = "places") => {
    const res = await agent.get(url);
    expect(res.statusCode, url).toBe(200);
    return [...res.body.matchAll(new RegExp(`href="(?:/\\w\\w)?/${kind}/([\\w-]+)"`, "g"))].map((m) => m[1]);
  };

  it("finds a place by any of its names, accents and typos forgiven", async () => {
    expect(await slugs("/directory?q=turin")).toEqual(["turin"]);
    expect(await slugs("/directory?q=TORINO")).toEqual(["turin"]);
    expect(await slugs("/es/directory?q=turin")).toEqual(["turin"]);
    expect(await slugs("/directory?q=kutahya")).toEqual(["kutahya"]);
    expect(await slugs("/directory?q=Kutaya")).toEqual(["kutahya"]);
    expect(await slugs("/fr/directory?q=bologne")).toEqual(["bologna"]);
    // The name is kept in the form, and counts as a filter in force.
    const page = await agent.get("/directory?q=turin");
    expect(page.body).toMatch(/<input id="f-q" name="q" type="search" value="turin"/);
    expect(textOf(page.body)).toContain("1 result");
  });

  it("combines the name with the other filters and pages through the matches", async () => {
    expect(await slugs("/directory?q=tur&network=creative")).toEqual(["turin"]);
    expect(await slugs("/directory?q=tur&country=FI")).toEqual(["turku"]);
    expect(await slugs("/directory?q=bol&section=creative/music")).toEqual(["bologna"]);
    expect(await slugs("/directory?q=santa&country=AR")).toHaveLength(3);
    const first = await agent.get("/directory?q=santa&country=ES");
    expect(textOf(first.body)).toContain("60 results");
    const next = /href="([^"]*)" rel="next"/.exec(first.body)?.[1].replaceAll("&amp;", "&") ?? "";
    expect(next).toMatch(/^\/directory\?q=santa&country=ES&after=/);
    const second = await slugs(next);
    expect(second).toHaveLength(10);
    expect(second.every((s) => s.startsWith("santa-cruz-"))).toBe(true);
  });

  it("says what to try next when no place matches", async () => {
    const filtered = await agent.get("/directory?q=xqzw&network=creative");
    expect(filtered.statusCode).toBe(200);
    expect(textOf(filtered.body)).toContain("No place matches “xqzw” with these filters.");
    expect(filtered.body).toContain('href="/directory?q=xqzw"');
    expect(filtered.body).toContain('href="/directory?network=creative"');
    expect(filtered.body).toContain('href="/search?q=xqzw"');
    const fr = (await agent.get("/fr/directory?q=xqzw")).body;
    expect(fr).toContain("Aucun lieu ne correspond à «\u00a0xqzw\u00a0».");
    expect(fr).not.toContain("sans les autres filtres");
    const es = textOf((await agent.get("/es/directory?country=AQ")).body);
    expect(es).toContain("Ningún lugar coincide con estos filtros.");
  });

  it("finds networks and organisations by name, and says so when none matches", async () => {
    expect(await slugs("/networks?q=creativ", "networks")).toEqual(["creative"]);
    expect(await slugs("/es/networks?q=ciudades creativas", "networks")).toEqual(["creative"]);
    expect(await slugs("/networks", "networks")).toEqual(["creative", "metro"]);
    expect(await slugs("/organisations?q=geneve", "organisations")).toEqual(["geneva"]);
    expect(await slugs("/organisations?q=unesco", "organisations")).toEqual(["unesco"]);
    const none = await agent.get("/es/organisations?q=zzzz");
    expect(textOf(none.body)).toContain("Ninguna organización coincide con «zzzz».");
    expect(none.body).toContain('href="/es/organisations"');
    const networks = await agent.get("/fr/networks?q=zzzz");
    expect(networks.body).toContain("Aucun réseau ne correspond à «\u00a0zzzz\u00a0».");
  });

  it("refuses a name with a control character, naming the field", async () => {
    const places = await agent.get("/directory?q=tu%01rin");
    expect(places.statusCode).toBe(422);
    expect(textOf(places.body)).toContain("Name");
    expect(places.body).toContain('<details class="listing-filters" open');
    const organisations = await agent.get("/fr/organisations?q=a%00b");
    expect(organisations.statusCode).toBe(422);
    expect(textOf(organisations.body)).toContain("Nom");
    // The list pages say it as every form does: a summary linking to the field, the search open.
    const networks = await agent.get("/es/networks?q=a%00b");
    expect(networks.statusCode).toBe(422);
    for (const page of [organisations, networks]) {
      expect(page.body).toContain('id="error-summary-title"');
      expect(page.body).toContain('href="#f-q"');
      expect(page.body).toContain('<details class="listing-filters" open');
      expect(page.body).toContain('value="ab"');
    }
  });

  it("finds a place added since the list was last shown", async () => {
    expect(await slugs("/directory?q=tampere")).toEqual([]);
    await createPlace(platform.database.db, { slug: "tampere", name: "Tampere", country: "FI" });
    expect(await slugs("/directory?q=tampere")).toEqual(["tampere"]);
  });
});
