import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, Crawler, textOf } from "../../../tests/agent.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
  createPlaces,
} from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

const fields = [
  { slug: "music", kind: "field" as const, name: { en: "Music", fr: "Musique", es: "Música" } },
  { slug: "design", kind: "field" as const, name: { en: "Design", fr: "Design", es: "Diseño" } },
];

describe.each(engines)("the directory pages on %s", (engine) => {
  let platform: TestPlatform;
  let agent: Agent;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    agent = new Crawler(platform.app);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "creative",
      acronym: "CRE",
      name: { en: "Creative Cities", fr: "Villes créatives", es: "Ciudades creativas" },
      sections: fields,
    });
    await createNetwork(db, { slug: "other", acronym: "OTH", name: { en: "Other Network" } });
    await createPlace(db, { slug: "bologna", name: "Bologna", names: { fr: "Bologne" }, country: "IT" });
    await createPlace(db, { slug: "seville", name: "Sevilla", names: { en: "Seville" }, country: "ES" });
    await createPlace(db, { slug: "berlin", name: "Berlin", country: "DE" });
    await createPlace(db, { slug: "kutahya", name: "Kütahya", names: { tr: "Kütahya" }, country: "TR" });
    await createPlace(db, { slug: "lagos-region", name: "Lagos State", country: "NG", kind: "region" });
    await createMembership(db, { network: "creative", place: "bologna", section: "music", sinceYear: 2006 });
    await createMembership(db, { network: "creative", place: "seville", section: "music", sinceYear: 2006 });
    await createMembership(db, { network: "creative", place: "berlin", section: "music", sinceYear: 2005 });
    await createMembership(db, { network: "other", place: "berlin" });
    await createMembership(db, { network: "other", place: "kutahya", status: "ended" });
  });
  afterAll(() => platform?.stop());

  const names = async (url: string) => {
    const res = await agent.get(url);
    expect(res.statusCode, url).toBe(200);
    return [...res.body.matchAll(/<th scope="row"><a href="[^"]*\/places\/([\w-]+)"/g)].map((m) => m[1]);
  };

  it("narrows the places by network, section, country, world region and kind", async () => {
    expect(await names("/directory")).toEqual(["berlin", "bologna", "kutahya", "lagos-region", "seville"]);
    expect(await names("/directory?network=creative")).toEqual(["berlin", "bologna", "seville"]);
    expect(await names("/directory?network=creative&section=design")).toEqual([]);
    expect(await names("/directory?network=creative&section=music&country=IT")).toEqual(["bologna"]);
    expect(await names("/directory?network=other")).toEqual(["berlin"]);
    expect(await names("/directory?region=africa")).toEqual(["lagos-region"]);
    expect(await names("/directory?region=europe&kind=city")).toEqual(["berlin", "bologna", "seville"]);
    expect(await names("/directory?kind=region")).toEqual(["lagos-region"]);
    expect(await names("/directory?country=tr&network=&section=")).toEqual(["kutahya"]);
    // A section without its network, or of another network, is left aside rather than refused.
    expect(await names("/directory?section=music")).toHaveLength(5);
    expect(await names("/directory?network=other&section=music")).toEqual(["berlin"]);
  });

  it("offers every network's sections without a network applied first, and shows them in the results", async () => {
    const all = await agent.get("/directory");
    expect(textOf(all.body)).toContain("5 results");
    expect(all.body).toContain(
      '<optgroup label="CRE" data-group="creative"><option value="creative/music">Music</option>',
    );
    expect(all.body).not.toContain('data-group="other"');
    // Choosing a section alone (as the form sends it without JavaScript) applies its network too.
    const chosen = await agent.get("/directory?network=&section=creative/music");
    expect(textOf(chosen.body)).toContain("3 results");
    expect(chosen.body).toContain('<option value="creative" selected>');
    expect(chosen.body).toContain('<option value="creative/music" selected>');
    expect(await names("/directory?section=creative/music&country=IT")).toEqual(["bologna"]);
    expect(await names("/directory?network=other&section=creative/music")).toEqual(["berlin"]);
    const row = /<tr><th scope="row"><a href="\/places\/berlin">.*?<\/tr>/s.exec(all.body)?.[0] ?? "";
    expect(textOf(row)).toContain("CRE (Music), OTH");
    expect(textOf((await agent.get("/fr/directory")).body)).toContain("CRE (Musique)");
  });

  it("writes out a network's figures, counted and in the page's language", async () => {
    const en = textOf((await agent.get("/networks/creative")).body);
    expect(en).toContain("3 cities from 3 countries in 1 creative field");
    const es = textOf((await agent.get("/es/networks/creative")).body);
    expect(es).toContain("3 ciudades de 3 países en 1 ámbito creativo");
    await createPlace(platform.database.db, { slug: "leipzig", name: "Leipzig", country: "DE" });
    await createMembership(platform.database.db, {
      network: "creative",
      place: "leipzig",
      section: "design",
    });
    const fr = textOf((await agent.get("/fr/networks/creative")).body);
    expect(fr).toContain("4 villes de 3 pays dans 2 domaines créatifs");
    const other = textOf((await agent.get("/networks/other")).body);
    expect(other).toContain("1 city from 1 country");
  });

  it("groups a network's members by section with their since-year", async () => {
    const page = textOf((await agent.get("/fr/networks/creative")).body);
    expect(page).toMatch(/Musique 3 Berlin \(Allemagne, depuis 2005\) Bologne \(Italie, depuis 2006\)/);
  });

  it("lists on a place's page the networks it belongs to, with section and year", async () => {
    const page = textOf((await agent.get("/places/berlin")).body);
    expect(page).toContain("Creative Cities – Music, since 2005");
    expect(page).toContain("Other Network");
    const ended = textOf((await agent.get("/places/kutahya")).body);
    expect(ended).toContain("This place is not a member of any network listed here.");
  });

  it("shows an untranslated place name as the place's own name, marked with a lang attribute", async () => {
    const res = await agent.get("/fr/places/kutahya");
    expect(res.body).toMatch(/<h1><span lang="tr">Kütahya/);
    const translated = await agent.get("/fr/places/bologna");
    expect(translated.body).toContain("<h1>Bologne</h1>");
    const spanish = await agent.get("/es/places/seville");
    expect(spanish.body).toMatch(/<h1><span lang="en">Seville/);
  });

  it("shows a network's logo with its alternative text in the page's language", async () => {
    await createNetwork(platform.database.db, {
      slug: "logo",
      acronym: "LOGO",
      name: { en: "With a logo" },
      logoPath: "/assets/favicon.svg",
      logoAlt: { en: "A blue circle", fr: "Un cercle bleu" },
    });
    expect((await agent.get("/fr/networks/logo")).body).toContain(
      'src="/assets/favicon.svg" alt="Un cercle bleu"',
    );
  });

  it("describes networks, places and organisations in schema.org JSON-LD", async () => {
    const place = await agent.get("/places/bologna");
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(place.body)?.[1] ?? "{}",
    );
    expect(ld).toMatchObject({ "@type": "City", containedInPlace: { name: "Italy" } });
    const network = await agent.get("/networks/creative");
    expect(network.body).toContain('"@type":"Organization"');
  });

  it("escapes markup typed into names, in the page and in its JSON-LD", async () => {
    const db = platform.database.db;
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    await createNetwork(db, {
      slug: "xss",
      acronym: "<b>X</b>",
      name: { en: payload },
      description: { en: payload },
    });
    await createPlace(db, { slug: "xss-city", name: payload, country: "FR" });
    await createMembership(db, { network: "xss", place: "xss-city" });
    await createOrganisation(db, { slug: "xss-org", name: { en: payload } });
    for (const url of [
      "/directory",
      "/directory?network=xss",
      "/networks",
      "/networks/xss",
      "/places/xss-city",
      "/organisations/xss-org",
    ]) {
      const res = await agent.get(url);
      expect(res.body, url).not.toContain("<script>alert");
      expect(res.body, url).not.toContain("<img src=x");
      expect(res.body, url).not.toContain("<b>X</b>");
      expect(res.body, url).toContain("&lt;script>alert");
    }
  });

  it("refuses bad filter values with a translated message naming the field", async () => {
    const country = await agent.get("/fr/directory?country=ZZ");
    expect(country.statusCode).toBe(422);
    expect(textOf(country.body)).toContain("Choisissez un pays de la liste pour : Pays");
    expect(country.body).toContain('class="error-summary"');
    const page = await agent.get("/es/directory?after=Dos%20Hermanas");
    expect(page.statusCode).toBe(422);
    expect(textOf(page.body)).toContain("Página");
    const network = await agent.get("/directory?network=no-such-network&kind=village");
    expect(network.statusCode).toBe(422);
    expect(textOf(network.body)).toContain("Choose one of the options for Kind of place");
    const unknown = await agent.get("/directory?network=no-such-network");
    expect(textOf(unknown.body)).toContain("Choose one of the options for Network");
    const organisations = await agent.get("/fr/organisations?page=0");
    expect(organisations.statusCode).toBe(422);
    expect(textOf(organisations.body)).toContain("Page : 1 au minimum");
  });

  it("answers unknown networks, places and organisations with a translated 404", async () => {
    for (const url of [
      "/fr/networks/nowhere",
      "/fr/places/nowhere",
      "/fr/organisations/nowhere",
      "/fr/places/%3Cx%3E",
    ]) {
      const res = await agent.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(textOf(res.body), url).toContain("Page introuvable");
    }
  });

  it("shows an organisation's kind, country and website", async () => {
    await createOrganisation(platform.database.db, {
      slug: "unesco",
      acronym: "UNESCO",
      kind: "un_agency",
      country: "FR",
      website: "https://www.unesco.org/",
      name: { en: "United Nations Educational, Scientific and Cultural Organization" },
    });
    const page = textOf((await agent.get("/organisations/unesco")).body);
    expect(page).toContain("United Nations agency");
    expect(page).toContain("France");
    expect(page).toContain("https://www.unesco.org/");
    expect(textOf((await agent.get("/es/organisations")).body)).toContain("UNESCO");
  });
});

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
