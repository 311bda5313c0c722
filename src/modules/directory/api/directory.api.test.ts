import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
} from "../../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

describe.each(engines)("the directory's read API on %s", (engine) => {
  let platform: TestPlatform;
  const get = (url: string, headers: Record<string, string> = {}) => platform.app.inject({ url, headers });

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uccn",
      acronym: "UCCN",
      name: { en: "UNESCO Creative Cities Network", fr: "Réseau des villes créatives de l’UNESCO" },
      sections: [
        { slug: "music", kind: "field", name: { en: "Music", fr: "Musique" } },
        { slug: "gastronomy", kind: "field", name: { en: "Gastronomy", fr: "Gastronomie" } },
      ],
    });
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "UCLG" } });
    await createPlace(db, { slug: "seoul-kr", name: "Seoul", names: { ko: "서울" }, country: "KR" });
    await createPlace(db, { slug: "paris-fr", name: "Paris", names: { es: "París" }, country: "FR" });
    await createPlace(db, { slug: "izmir-tr", name: "Izmir", names: { tr: "İzmir" }, country: "TR" });
    await createPlace(db, { slug: "kutahya-tr", name: "Kütahya", country: "TR" });
    await createMembership(db, { network: "uccn", place: "seoul-kr", section: "music", sinceYear: 2015 });
    await createMembership(db, { network: "uccn", place: "izmir-tr", section: "gastronomy" });
    await createMembership(db, { network: "uclg", place: "paris-fr", sinceYear: 2004 });
    await createMembership(db, { network: "uclg", place: "izmir-tr", status: "ended" });
    await createOrganisation(db, {
      slug: "unesco",
      acronym: "UNESCO",
      name: { en: "UNESCO" },
      kind: "un_agency",
    });
    await createOrganisation(db, { slug: "fao", acronym: "FAO", name: { en: "FAO" }, kind: "un_agency" });
  });
  afterAll(() => platform?.stop());

  it("lists the networks with every translation of their names", async () => {
    const res = await get("/api/v1/networks");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data.map((n: { slug: string }) => n.slug)).toEqual(["uccn", "uclg"]);
    expect(body.data[0].name).toEqual({
      en: "UNESCO Creative Cities Network",
      fr: "Réseau des villes créatives de l’UNESCO",
    });
    expect(body.data[0].originalLang).toBe("en");
    expect(body.meta).toEqual({ page: 1, perPage: 20, total: 2, pages: 1 });
  });

  it("gives a network's sections and figures computed from its active members", async () => {
    const body = (await get("/api/v1/networks/uccn")).json();
    expect(body.data.figures).toEqual({ members: 2, countries: 2, sections: 2, sectionKind: "field" });
    expect(body.data.sections).toEqual([
      { slug: "music", kind: "field", name: { en: "Music", fr: "Musique" }, members: 1 },
      { slug: "gastronomy", kind: "field", name: { en: "Gastronomy", fr: "Gastronomie" }, members: 1 },
    ]);
  });

  it("filters places by network, section, country and region", async () => {
    const slugs = async (query: string) =>
      (await get(`/api/v1/places?${query}`)).json().data.map((p: { slug: string }) => p.slug);
    expect(await slugs("network=uccn")).toEqual(["izmir-tr", "seoul-kr"]);
    expect(await slugs("network=uccn&section=music")).toEqual(["seoul-kr"]);
    expect(await slugs("country=tr")).toEqual(["izmir-tr", "kutahya-tr"]);
    expect(await slugs("region=asia&kind=city")).toEqual(["izmir-tr", "kutahya-tr", "seoul-kr"]);
    expect(await slugs("network=uclg")).toEqual(["paris-fr"]);
  });

  it("pages through places with links that keep the filters", async () => {
    const first = (await get("/api/v1/places?region=asia&perPage=2")).json();
    expect(first.meta).toEqual({ page: 1, perPage: 2, total: 3, pages: 2 });
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe("/api/v1/places?region=asia&perPage=2&page=2");
    const second = (await get(first.links.next)).json();
    expect(second.data.map((p: { slug: string }) => p.slug)).toEqual(["seoul-kr"]);
    expect(second.links.next).toBeNull();
    expect(second.links.prev).toBe("/api/v1/places?region=asia&perPage=2&page=1");
  });

  it("shows a place with its original name, its translations and its networks", async () => {
    const body = (await get("/api/v1/places/seoul-kr")).json();
    expect(body.data).toMatchObject({ name: "Seoul", country: "KR", region: "asia" });
    expect(body.data.names).toMatchObject({ en: "Seoul", ko: "서울" });
    expect(body.data.memberships).toEqual([
      {
        network: {
          slug: "uccn",
          acronym: "UCCN",
          acronyms: {},
          name: expect.any(Object),
          originalLang: "en",
        },
        section: { slug: "music", kind: "field", name: { en: "Music", fr: "Musique" } },
        sinceYear: 2015,
      },
    ]);
  });

  it("lists memberships, current and ended, filtered by network, place, section and status", async () => {
    const all = (await get("/api/v1/memberships")).json();
    expect(all.meta.total).toBe(4);
    const ended = (await get("/api/v1/memberships?status=ended")).json();
    expect(ended.data).toEqual([
      expect.objectContaining({ network: "uclg", place: "izmir-tr", status: "ended", section: null }),
    ]);
    expect(ended.data[0].endedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const izmir = (await get("/api/v1/memberships?place=izmir-tr")).json();
    expect(izmir.data.map((m: { network: string }) => m.network).sort()).toEqual(["uccn", "uclg"]);
    const music = (await get("/api/v1/memberships?network=uccn&section=music")).json();
    expect(music.data).toEqual([
      expect.objectContaining({ place: "seoul-kr", section: "music", sinceYear: 2015, status: "active" }),
    ]);
  });

  it("lists organisations and shows one", async () => {
    const list = (await get("/api/v1/organisations?perPage=1")).json();
    expect(list.meta).toEqual({ page: 1, perPage: 1, total: 2, pages: 2 });
    expect(list.data[0].slug).toBe("fao");
    const one = (await get("/api/v1/organisations/unesco")).json();
    expect(one.data).toMatchObject({ slug: "unesco", acronym: "UNESCO", kind: "un_agency", country: null });
  });

  it("answers 404 with a JSON error for what does not exist", async () => {
    for (const url of ["/api/v1/networks/nope", "/api/v1/places/nope", "/api/v1/organisations/nope"]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe("not_found");
    }
  });

  it("refuses a bad country code with a message naming the field, in the language asked", async () => {
    const en = await get("/api/v1/places?country=XX");
    expect(en.statusCode).toBe(422);
    expect(en.json().error.code).toBe("invalid_input");
    expect(en.json().error.fields.country).toContain("country");
    const fr = await get("/api/v1/places?country=XX&lang=fr");
    expect(fr.json().error.message).toMatch(/informations/);
    expect(fr.json().error.fields.country).toMatch(/^Choisissez un pays/);
    const es = await get("/api/v1/places?country=XX", { "accept-language": "es" });
    expect(es.json().error.fields.country).toMatch(/^Elija un país/);
  });

  it("refuses out-of-range paging and bad filters, naming each field; an unknown slug in a filter is 404", async () => {
    const big = await get("/api/v1/places?perPage=500&page=0");
    expect(big.statusCode).toBe(422);
    expect(Object.keys(big.json().error.fields).sort()).toEqual(["page", "perPage"]);
    expect(big.json().error.fields.perPage).toContain("100");
    const word = await get("/api/v1/memberships?page=two");
    expect(word.json().error.fields.page).toBe("page must be a whole number");
    const network = await get("/api/v1/places?network=nope");
    expect(network.statusCode).toBe(404);
    expect(network.json().error.fields.network).toBe("network: nothing has this slug");
    const section = await get("/api/v1/places?network=uclg&section=music");
    expect(section.statusCode).toBe(404);
    expect(section.json().error.fields.section).toContain("section");
    const orphan = await get("/api/v1/memberships?section=music&lang=es");
    expect(orphan.json().error.fields.section).toBe(
      "section requiere network: una sección pertenece a una red",
    );
    const status = await get("/api/v1/memberships?status=paused");
    expect(status.json().error.fields.status).toBe("Choose one of the options for status");
  });
});
