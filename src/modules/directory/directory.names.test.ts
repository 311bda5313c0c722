import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, Crawler, textOf } from "../../../tests/agent.js";
import { createMembership, createNetwork, createPlace } from "../../../tests/factories-directory.js";
import { createPerson, signedIn } from "../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { type Locale, translate } from "../../lib/i18n/index.js";
import { networkNames, placeNames } from "./directory.names.js";

// Real names, with the articles and elisions each language gives them.
const uccn = {
  name: {
    en: "UNESCO Creative Cities Network",
    fr: "Réseau des villes créatives de l’UNESCO",
    es: "Red de Ciudades Creativas de la UNESCO",
  },
  articles: { en: "the", fr: "le", es: "la" },
  originalLang: "en",
};
const metropolis = { name: { en: "Metropolis", fr: "Metropolis", es: "Metropolis" }, originalLang: "en" };
const alliance = { name: { fr: "Alliance des villes" }, articles: { fr: "l" }, originalLang: "fr" };
const place = (en: string, fr = en, es = en) => ({ names: { en, fr, es }, originalLang: "en" });

/** "Members of {network}" and the like, for a network, in a language. */
const withNetwork = (locale: Locale, key: string, network: Parameters<typeof networkNames>[1]) =>
  translate(locale, key, {
    ...networkNames(locale, network),
    ...placeNames(locale, place("Dakar")),
    inviter: "Ana",
    link: "L",
  });
const withPlace = (locale: Locale, key: string, p: ReturnType<typeof place>) =>
  translate(locale, key, {
    ...placeNames(locale, p),
    ...networkNames(locale, metropolis),
    inviter: "Ana",
    link: "L",
  });

describe.each(engines)("names in sentences, with their articles and elisions, on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;
  const visitor = () => new Crawler(platform.app);
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    const db = platform.database.db;
    await createNetwork(db, { slug: "uccn", acronym: "UCCN", ...uccn } as never);
    await createNetwork(db, {
      slug: "uclg",
      acronym: "UCLG",
      acronyms: { fr: "CGLU", es: "CGLU" },
      name: { en: "United Cities and Local Governments", fr: "Cités et Gouvernements Locaux Unis" },
    });
    for (const [slug, name, names, country] of [
      ["almaty", "Almaty", {}, "KZ"],
      ["le-havre", "Le Havre", { fr: "Le Havre" }, "FR"],
      ["ouagadougou", "Ouagadougou", {}, "BF"],
      ["cairo", "Cairo", { fr: "Le Caire", es: "El Cairo" }, "EG"],
    ] as const) {
      await createPlace(db, { slug, name, names: { en: name, ...names }, country });
      await createMembership(db, { network: "uccn", place: slug });
      await createMembership(db, { network: "uclg", place: slug });
    }
    await createPerson(platform, { email: "editor@uccn.org", roles: { uccn: "editor", uclg: "editor" } });
    editor = await signedIn(platform, "editor@uccn.org");
  });
  afterAll(() => platform?.stop());

  it("gives a network its article in each language, contracted with de and à", () => {
    expect(withNetwork("en", "manage.title", uccn)).toBe("Members of the UNESCO Creative Cities Network");
    expect(withNetwork("fr", "manage.title", uccn)).toBe(
      "Membres du Réseau des villes créatives de l’UNESCO",
    );
    expect(withNetwork("es", "manage.title", uccn)).toBe(
      "Miembros de la Red de Ciudades Creativas de la UNESCO",
    );
    expect(withNetwork("fr", "directory.network.map", uccn)).toBe(
      "Carte des membres du Réseau des villes créatives de l’UNESCO",
    );
    expect(withNetwork("es", "directory.network.map", uccn)).toBe(
      "Mapa de los miembros de la Red de Ciudades Creativas de la UNESCO",
    );
    expect(withNetwork("fr", "manage.title", metropolis)).toBe("Membres de Metropolis");
    expect(withNetwork("fr", "manage.title", alliance)).toBe("Membres de l’Alliance des villes");
    expect(withNetwork("en", "invitation.body", uccn)).toMatch(
      /^The UNESCO Creative Cities Network invites you/,
    );
    expect(withNetwork("fr", "invitation.body", uccn)).toMatch(
      /^Le Réseau des villes créatives de l’UNESCO vous invite/,
    );
    expect(withNetwork("es", "invitation.body", uccn)).toMatch(
      /^La Red de Ciudades Creativas de la UNESCO le invita/,
    );
    expect(withNetwork("fr", "invitation.mail.text", uccn)).toContain(
      "au nom du Réseau des villes créatives",
    );
    expect(withNetwork("es", "invitation.mail.subject", uccn)).toBe(
      "Invitación: punto focal de Dakar para la Red de Ciudades Creativas de la UNESCO",
    );
    expect(withNetwork("fr", "manage.edit.title", uccn)).toBe(
      "Adhésion de Dakar au Réseau des villes créatives de l’UNESCO",
    );
  });

  it("elides de before a city's vowel or mute h in French, and contracts its own article", () => {
    const fr = (en: string, frName = en) => withPlace("fr", "manage.end.title", place(en, frName));
    expect(fr("Almaty")).toBe("Mettre fin à l’adhésion d’Almaty ?");
    expect(fr("Évora")).toBe("Mettre fin à l’adhésion d’Évora ?");
    expect(fr("Helsinki")).toBe("Mettre fin à l’adhésion d’Helsinki ?");
    expect(fr("Hué")).toBe("Mettre fin à l’adhésion de Hué ?");
    expect(fr("Ouagadougou")).toBe("Mettre fin à l’adhésion de Ouagadougou ?");
    expect(fr("Yaoundé")).toBe("Mettre fin à l’adhésion de Yaoundé ?");
    expect(fr("Le Havre")).toBe("Mettre fin à l’adhésion du Havre ?");
    expect(fr("Cairo", "Le Caire")).toBe("Mettre fin à l’adhésion du Caire ?");
    expect(fr("La Paz")).toBe("Mettre fin à l’adhésion de La Paz ?");
    expect(withPlace("fr", "invitation.goPlace", place("Izmir"))).toBe("Aller à la page d’Izmir");
    expect(withPlace("en", "manage.end.title", place("Le Havre"))).toBe("End the membership of Le Havre?");
  });

  it("contracts de el into del in Spanish, and keeps the articles of other city names", () => {
    const es = (name: string) => withPlace("es", "invitation.accepted.title", place(name, name, name));
    expect(es("El Cairo")).toBe("Usted es el punto focal del Cairo");
    expect(es("La Paz")).toBe("Usted es el punto focal de La Paz");
    expect(es("Los Ángeles")).toBe("Usted es el punto focal de Los Ángeles");
    expect(es("Almaty")).toBe("Usted es el punto focal de Almaty");
  });

  it("writes every message that takes a name whole, with no placeholder or select left over", () => {
    const keys = [
      "manage.title",
      "manage.edit.title",
      "manage.end.title",
      "manage.end.body",
      "invitation.body",
      "invitation.accepted.title",
      "invitation.accepted.body",
      "invitation.goPlace",
      "invitation.ended",
      "invitation.mail.subject",
      "invitation.mail.text",
      "manage.invite.hint",
      "manage.editors.title",
      "directory.network.map",
      "networks.edit.title",
      "sections.title",
    ];
    for (const locale of ["en", "fr", "es"] as const)
      for (const key of keys)
        for (const network of [uccn, metropolis, alliance]) {
          const text = withNetwork(locale, key, network);
          expect(text, `${locale}:${key}`).not.toMatch(/[{}]|\bde d’|\bde le\b|\bde el\b|\bà le\b/);
        }
  });

  it("shows the pages' titles and headings with the articles, in French and Spanish", async () => {
    expect(textOf((await visitor().get("/fr/networks/uccn")).body)).toContain(
      "Carte des membres du Réseau des villes créatives de l’UNESCO",
    );
    expect(textOf((await visitor().get("/es/networks/uccn")).body)).toContain(
      "Mapa de los miembros de la Red de Ciudades Creativas de la UNESCO",
    );
    const manage = (await editor.get("/fr/networks/uccn/manage")).body;
    expect(manage).toContain("<title>Membres du Réseau des villes créatives de l’UNESCO");
    const uclgManage = (await editor.get("/fr/networks/uclg/manage")).body;
    const idOf = (slug: string) => {
      const tr = uclgManage.split("<tr").find((r) => r.includes(`/places/${slug}"`));
      return tr && /\/networks\/uclg\/manage\/(\d+)/.exec(tr)?.[1];
    };
    const end = async (slug: string) =>
      textOf((await editor.get(`/fr/networks/uclg/manage/${idOf(slug)}/end`)).body);
    expect(await end("almaty")).toContain("Mettre fin à l’adhésion d’Almaty ?");
    expect(await end("le-havre")).toContain("Mettre fin à l’adhésion du Havre ?");
    expect(await end("ouagadougou")).toContain("Mettre fin à l’adhésion de Ouagadougou ?");
    expect(await end("cairo")).toContain("Mettre fin à l’adhésion du Caire ?");
  });

  it("names a country the same way on every page and in search, in each language", async () => {
    await createPlace(platform.database.db, {
      slug: "seoul",
      name: "Seoul",
      names: { fr: "Séoul", es: "Seúl" },
      country: "KR",
    });
    for (const [prefix, korea] of [
      ["", "South Korea"],
      ["/fr", "Corée du Sud"],
      ["/es", "Corea del Sur"],
    ]) {
      expect(textOf((await visitor().get(`${prefix}/places/seoul`)).body)).toContain(korea);
      expect((await visitor().get(`${prefix}/directory`)).body).toContain(
        `<option value="KR">${korea}</option>`,
      );
      expect(textOf((await visitor().get(`${prefix}/search?q=seoul`)).body)).toContain(korea);
    }
    expect(textOf((await visitor().get("/es/places/seoul")).body)).not.toContain("República de Corea");
  });

  it("shows a network's acronym in the reader's language: UCLG is CGLU in French and Spanish", async () => {
    const fr = textOf((await visitor().get("/fr/networks/uclg")).body);
    expect(fr).toContain("Cités et Gouvernements Locaux Unis (CGLU)");
    expect(textOf((await visitor().get("/networks/uclg")).body)).toContain("(UCLG)");
    expect((await visitor().get("/es/directory?country=KZ")).body).toContain(">CGLU</abbr>");
    const api = (await visitor().get("/api/v1/networks/uclg")).json();
    expect(api.data).toMatchObject({ acronym: "UCLG", acronyms: { fr: "CGLU", es: "CGLU" } });
    const search = textOf((await visitor().get("/fr/search?q=cglu")).body);
    expect(search).toContain("Cités et Gouvernements Locaux Unis");
  });
});
