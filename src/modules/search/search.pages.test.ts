import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, Crawler, textOf } from "../../../tests/agent.js";
import { createNetwork, createPlace, createPlaces } from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { indexDocuments } from "./index.js";

describe.each(engines)("the search page and API on %s", (engine) => {
  let platform: TestPlatform;
  let agent: Agent;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    agent = new Crawler(platform.app);
    const db = platform.database.db;
    await createPlace(db, { slug: "kutahya-tr", name: "Kütahya", country: "TR" });
    await createPlace(db, {
      slug: "seoul-kr",
      name: "Seoul",
      names: { fr: "Séoul", es: "Seúl" },
      country: "KR",
    });
    await createPlaces(db, 23, { country: "BE" }, "Namur Quarter");
    await createNetwork(db, { slug: "namur-net", acronym: "NQN", name: { en: "Namur Quarter Network" } });
    await indexDocuments({
      db,
      documents: [
        {
          kind: "place",
          key: "private-namur",
          visibility: "private",
          lang: "en",
          url: { en: "/private-namur" },
          title: { en: "Namur Quarter Private" },
          summary: {},
          names: ["Namur Quarter Private"],
        },
      ],
    });
  });
  afterAll(() => platform?.stop());

  const page = async (url: string, status = 200) => {
    const res = await agent.get(url);
    expect(res.statusCode, url).toBe(status);
    return res.body;
  };

  it("shows the results grouped by kind, each with its count and a link to see all of that kind", async () => {
    const html = await page("/search?q=namur+quarter");
    const text = textOf(html);
    expect(text).toContain("24 results for “namur quarter”");
    expect(text).toContain("Places (23)");
    expect(text).toContain("Networks (1)");
    expect(html).toContain('href="/search?q=namur+quarter&amp;kind=place"');
    expect(text).toContain("Places: see all 23 results");
    expect(html.match(/class="search-hit"/g)).toHaveLength(6);
    expect(html).not.toContain("Private");
  });

  it("pages through one kind, with the way back to every kind", async () => {
    const html = await page("/search?q=namur+quarter&kind=place&page=2");
    const text = textOf(html);
    expect(text).toContain("Places matching “namur quarter”");
    expect(text).toContain("Page 2 of 2");
    expect(html.match(/class="search-hit"/g)).toHaveLength(3);
    expect(html).toContain('rel="prev"');
    expect(text).toContain("Back to all results for “namur quarter”");
  });

  it("answers in the reader's language, accents forgiven", async () => {
    const fr = await page("/fr/search?q=seoul");
    expect(fr).toContain('<a href="/fr/places/seoul-kr">Séoul</a>');
    expect(textOf(fr)).toContain("1 résultat pour « seoul »");
    const es = await page("/es/search?q=Kutahya");
    expect(es).toContain('<a href="/es/places/kutahya-tr">Kütahya</a>');
    expect(textOf(es)).toContain("Lugares (1)");
  });

  it("says what to do when nothing is asked or nothing is found", async () => {
    const empty = textOf(await page("/search"));
    expect(empty).toContain("Type a name or a few words above to search.");
    expect(empty).toContain("The directory of cities");
    const none = textOf(await page("/fr/search?q=xqzwv"));
    expect(none).toContain("Aucun résultat pour « xqzwv ».");
    expect(none).toContain("Vérifiez l’orthographe");
    expect(none).toContain("L’annuaire des villes");
  });

  it("refuses a query too long, naming the field, in the reader's language", async () => {
    const html = await page(`/es/search?q=${"a".repeat(201)}`, 422);
    expect(textOf(html)).toContain("Palabras que buscar");
    expect(html).toContain('class="error-summary"');
  });

  it("puts a labelled search box that works without JavaScript in every page's header", async () => {
    for (const [url, action, label] of [
      ["/directory", "/search", "Search the site"],
      ["/fr/networks", "/fr/search", "Rechercher sur le site"],
      ["/es/search?q=seoul", "/es/search", "Buscar en el sitio"],
    ]) {
      const html = await page(url);
      expect(html).toContain(`<search class="header-search"><form method="get" action="${action}">`);
      expect(html).toContain(`<label for="header-q" class="visually-hidden">${label}</label>`);
      expect(html).toMatch(/<input id="header-q" type="search" name="q"/);
    }
  });

  it("answers the API with all kinds ranked together, their counts, and pages", async () => {
    const res = await agent.get("/api/v1/search?q=namur%20quarter&perPage=5");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data).toHaveLength(5);
    expect(body.meta).toEqual({ page: 1, perPage: 5, total: 24, pages: 5 });
    expect(body.kinds).toEqual(
      expect.arrayContaining([
        { kind: "place", total: 23, more: false },
        { kind: "network", total: 1, more: false },
      ]),
    );
    expect(body.more).toBe(false);
    expect(body.links.next).toContain("page=2");
    const places = (await agent.get("/api/v1/search?q=namur%20quarter&kind=place&perPage=20&page=2")).json();
    expect(places.data.map((h: { title: string }) => h.title)).toEqual([
      "Namur Quarter 0021",
      "Namur Quarter 0022",
      "Namur Quarter 0023",
    ]);
    const fr = (await agent.get("/api/v1/search?q=Seoul&lang=fr")).json();
    expect(fr.data[0]).toMatchObject({
      kind: "place",
      title: "Séoul",
      url: "/fr/places/seoul-kr",
      lang: "fr",
    });
  });

  it("never shows a private document through the API", async () => {
    const body = (await agent.get("/api/v1/search?q=namur%20quarter%20private&perPage=100")).json();
    expect(body.data.map((h: { key: string }) => h.key)).not.toContain("private-namur");
    const all = (await agent.get("/api/v1/search?q=namur&perPage=100")).json();
    expect(all.data.map((h: { key: string }) => h.key)).not.toContain("private-namur");
    expect(all.meta.total).toBe(24);
  });

  it("stops counting after 1,000 and says there are more, on the page and in the API", async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({
      kind: "place",
      key: `quokka-${i}`,
      visibility: "public" as const,
      lang: "en",
      url: { en: `/quokka-${i}` },
      title: { en: `Quokka Bay ${i}` },
      summary: {},
      names: [`Quokka Bay ${i}`],
    }));
    await indexDocuments({ db: platform.database.db, documents: many });
    const text = textOf(await page("/search?q=quokka"));
    expect(text).toContain("More than 1,000 results for “quokka”");
    expect(text).toContain("Places: see more than 1,000 results");
    const fr = textOf(await page("/fr/search?q=quokka&kind=place"));
    expect(fr).toContain("Plus de 1 000 résultats pour « quokka »");
    expect(fr).toContain("Page 1 sur 50");
    const api = (await agent.get("/api/v1/search?q=qu&kind=place&perPage=100&page=10")).json();
    expect(api).toMatchObject({ more: true, meta: { total: 1000, pages: 10 } });
    expect(api.data).toHaveLength(100);
    expect(api.kinds).toEqual([{ kind: "place", total: 1000, more: true }]);
  });

  it("answers a missing query with a message naming the parameter", async () => {
    const res = await agent.get("/api/v1/search?lang=fr");
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.q).toBeTruthy();
  });

  it("describes the search API in the OpenAPI document", async () => {
    const doc = (await platform.app.inject("/api/openapi.json")).json();
    const op = doc.paths["/api/v1/search"].get;
    expect(op.operationId).toBe("search");
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "kind", "page", "perPage", "lang"]),
    );
  });
});
