import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
  createPlaces,
} from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import type { Locale } from "../../lib/i18n/index.js";
import { directoryModule } from "../directory/index.js";
import { indexDocuments, reindexSearch, searchPlatform } from "./index.js";

describe.each(engines)("the search service on %s", (engine) => {
  let platform: TestPlatform;
  const db = () => platform.database.db;
  const keysOf = async (text: string, kind = "place", locale: Locale = "en") => {
    const results = await searchPlatform({ db: db(), text, locale, kind, limit: 20 });
    return results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.title) ?? [];
  };

  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    await createPlace(db(), { slug: "kutahya-tr", name: "Kütahya", country: "TR" });
    await createPlace(db(), {
      slug: "seoul-kr",
      name: "Seoul",
      names: { fr: "Séoul", es: "Seúl" },
      country: "KR",
    });
    await createPlace(db(), {
      slug: "turin-it",
      name: "Torino",
      names: { en: "Turin", fr: "Turin", es: "Turín" },
      country: "IT",
    });
    await createPlace(db(), { slug: "tours-fr", name: "Tours", country: "FR" });
    await createPlace(db(), { slug: "saint-etienne-fr", name: "Saint-Étienne", country: "FR" });
    await createPlace(db(), { slug: "paris-fr", name: "Paris", names: { es: "París" }, country: "FR" });
    await createPlace(db(), { slug: "parisot-fr", name: "Parisot", country: "FR" });
    await createPlace(db(), { slug: "villeparisis-fr", name: "Villeparisis", country: "FR" });
    await createPlaces(db(), 30, { country: "BE" }, "Namur Quarter");
    await createNetwork(db(), {
      slug: "uclg",
      acronym: "UCLG",
      name: { en: "United Cities and Local Governments", fr: "Cités et gouvernements locaux unis" },
      description: { en: "The world organisation of local and regional governments." },
    });
    await createOrganisation(db(), {
      slug: "unesco",
      acronym: "UNESCO",
      kind: "un_agency",
      name: {
        en: "United Nations Educational, Scientific and Cultural Organization",
        fr: "Organisation des Nations unies pour l’éducation, la science et la culture",
      },
    });
  });
  afterAll(() => platform?.stop());

  it("finds a name typed without its accents, and with accents it does not have", async () => {
    expect((await keysOf("Kutahya"))[0]).toBe("Kütahya");
    expect((await keysOf("kütahya"))[0]).toBe("Kütahya");
    expect((await keysOf("Séoul"))[0]).toBe("Seoul");
    expect((await keysOf("Seoul", "place", "fr"))[0]).toBe("Séoul");
    expect((await keysOf("saint etienne"))[0]).toBe("Saint-Étienne");
  });

  it("finds a city by its name in any language, shown in the reader's language", async () => {
    expect((await keysOf("turin"))[0]).toBe("Turin");
    expect((await keysOf("torino"))[0]).toBe("Turin");
    expect((await keysOf("torino", "place", "es"))[0]).toBe("Turín");
    expect((await keysOf("Seúl", "place", "es"))[0]).toBe("Seúl");
  });

  it("forgives small typos in names", async () => {
    expect(await keysOf("Kutaya")).toContain("Kütahya");
    expect(await keysOf("Torinno")).toContain("Turin");
  });

  it("puts an exact name first, then names starting with the query, then names containing it", async () => {
    const titles = await keysOf("paris");
    expect(titles.slice(0, 3)).toEqual(["Paris", "Parisot", "Villeparisis"]);
  });

  it("matches one or two letters against the beginning of names only", async () => {
    expect(await keysOf("pa")).toEqual(["Paris", "Parisot"]);
    expect(await keysOf("P")).toEqual(["Paris", "Parisot"]);
    expect(await keysOf("é")).toEqual([]);
    expect(await keysOf("sé")).toEqual(["Seoul"]);
    expect(await keysOf("ku")).toEqual(["Kütahya"]);
  });

  it("finds networks and organisations by acronym, name in another language, or words of their text", async () => {
    const uclg = await searchPlatform({ db: db(), text: "uclg", locale: "fr" });
    expect(uclg.groups[0]).toMatchObject({ kind: "network", total: 1 });
    expect(uclg.groups[0].hits[0]).toMatchObject({
      title: "Cités et gouvernements locaux unis",
      url: "/fr/networks/uclg",
    });
    const regional = await searchPlatform({ db: db(), text: "regional governments", locale: "en" });
    expect(regional.groups.map((g) => g.kind)).toEqual(["network"]);
    const unesco = await searchPlatform({ db: db(), text: "unesco", locale: "es" });
    // No Spanish name: the English one is shown, marked as such.
    expect(unesco.groups[0].hits[0]).toMatchObject({ kind: "organisation", lang: "en", translated: false });
    const agency = await searchPlatform({ db: db(), text: "Nations unies", locale: "fr" });
    expect(agency.groups[0].kind).toBe("organisation");
  });

  it("groups results by kind with each kind's count, and pages through one kind", async () => {
    const all = await searchPlatform({ db: db(), text: "namur quarter", locale: "en", limit: 5 });
    expect(all.groups).toHaveLength(1);
    expect(all.groups[0]).toMatchObject({ kind: "place", total: 30 });
    expect(all.groups[0].hits).toHaveLength(5);
    const page2 = await searchPlatform({
      db: db(),
      text: "namur quarter",
      locale: "en",
      kind: "place",
      offset: 20,
      limit: 20,
    });
    expect(page2.groups[0].hits.map((h) => h.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Namur Quarter ${String(i + 21).padStart(4, "0")}`),
    );
  });

  it("finds nothing for an empty query or a name nobody has", async () => {
    expect((await searchPlatform({ db: db(), text: "  ", locale: "en" })).total).toBe(0);
    expect((await searchPlatform({ db: db(), text: "Xqzwv", locale: "en" })).total).toBe(0);
    expect((await searchPlatform({ db: db(), text: "100%_\\", locale: "en" })).total).toBe(0);
  });

  it("keeps a place's networks in step with its memberships, to search within one network", async () => {
    const network = await createNetwork(db(), {
      slug: "creative-net",
      acronym: "CN",
      name: { en: "Creative" },
    });
    const inNetwork = async () => {
      const id = await platform.database.execute("select id from networks where slug = 'creative-net'");
      const networkId = Number(id.rows[0].id);
      const r = await searchPlatform({ db: db(), text: "tours", locale: "en", networkId });
      return r.total;
    };
    expect(network.network.slug).toBe("creative-net");
    expect(await inNetwork()).toBe(0);
    await createMembership(db(), { network: "creative-net", place: "tours-fr" });
    expect(await inNetwork()).toBe(1);
  });

  it("never finds a private document, whatever the query", async () => {
    await indexDocuments({
      db: db(),
      documents: [
        {
          kind: "place",
          key: "secret",
          visibility: "private",
          lang: "en",
          url: { en: "/secret" },
          title: { en: "Zanzibar Hidden" },
          summary: { en: "Zanzibar hidden summary" },
          names: ["Zanzibar Hidden"],
        },
      ],
    });
    for (const text of ["Zanzibar Hidden", "zanzibar", "hidden summary", "Zanzibr"]) {
      expect((await searchPlatform({ db: db(), text, locale: "en" })).total, text).toBe(0);
      expect((await searchPlatform({ db: db(), text, locale: "en", merged: true })).hits).toEqual([]);
    }
  });

  it("a full reindex rebuilds the directory's documents and drops stale ones", async () => {
    await indexDocuments({
      db: db(),
      documents: [
        {
          kind: "place",
          key: "stale",
          visibility: "public",
          lang: "en",
          url: { en: "/gone" },
          title: { en: "Atlantis" },
          summary: {},
          names: ["Atlantis"],
        },
      ],
    });
    expect((await searchPlatform({ db: db(), text: "atlantis", locale: "en" })).total).toBe(1);
    await platform.database.execute("delete from search_documents where kind = 'place' and key <> 'stale'");
    const counts = await reindexSearch({ db: db(), sources: [directoryModule.search!] });
    expect(counts).toMatchObject({ place: 38, network: 2, organisation: 1 });
    expect((await searchPlatform({ db: db(), text: "atlantis", locale: "en" })).total).toBe(0);
    expect((await keysOf("Kutahya"))[0]).toBe("Kütahya");
  });
});
