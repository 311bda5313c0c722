import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, Crawler, textOf } from "../../../tests/agent.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
  creativeFields as fields,
} from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

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
