import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, textOf } from "../../../../tests/agent.js";
import { createOrganisation, createPlace } from "../../../../tests/factories-directory.js";
import { createPerson, signedIn } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";
import { countCitiesRepresented } from "../index.js";

const page = "/account/affiliations";

describe.each(engines)("whom a person represents on %s", (engine) => {
  let platform: TestPlatform;
  let ana: Agent;
  const people: Record<string, number> = {};

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createPlace(db, { slug: "medellin-co", name: "Medellín", country: "CO" });
    await createPlace(db, { slug: "bogota-co", name: "Bogotá", country: "CO" });
    await createOrganisation(db, { slug: "un-habitat", name: { en: "UN-Habitat" }, kind: "un_agency" });
    people.ana = (await createPerson(platform, { email: "ana@medellin.gov.co", name: "Ana Restrepo" })).id;
    people.luis = (await createPerson(platform, { email: "luis@bogota.gov.co", locale: "es" })).id;
    ana = await signedIn(platform, "ana@medellin.gov.co");
  });
  afterAll(() => platform?.stop());

  /** The value of the choice labelled `title` on the search results for `q`. */
  async function choiceFor(agent: Agent, q: string, title: string, prefix = ""): Promise<string> {
    const found = await agent.get(`${prefix}${page}?q=${encodeURIComponent(q)}`);
    const match = new RegExp(`value="((?:place|organisation):\\d+)"[^>]*/?>\\s*<label[^>]*>${title}`).exec(
      found.body,
    );
    if (!match?.[1]) throw new Error(`no choice "${title}" for "${q}": ${textOf(found.body)}`);
    return match[1];
  }

  it("finds a city by its name without accents, and shows the choice on the account page", async () => {
    const target = await choiceFor(ana, "medellin", "Medellín");
    const added = await ana.post(page, { q: "medellin", target, role: "elected" });
    expect(added.statusCode).toBe(303);
    const after = await ana.get(String(added.headers.location));
    expect(textOf(after.body)).toContain("Saved: it now appears beside your name.");
    expect(textOf(after.body)).toContain("Elected official – Medellín");
    const account = await ana.get("/account");
    expect(textOf(account.body)).toContain("Whom you represent Elected official – Medellín");
    expect(account.body).toContain(`href="${page}"`);
  });

  it("changes the role when the same place is chosen again, and adds an organisation beside it", async () => {
    const city = await choiceFor(ana, "Medellin", "Medellín");
    await ana.post(page, { q: "Medellin", target: city, role: "officer" });
    const agency = await choiceFor(ana, "habitat", "UN-Habitat");
    await ana.post(page, { q: "habitat", target: agency, role: "expert" });
    const text = textOf((await ana.get(page)).body);
    expect(text).toContain("Officer – Medellín");
    expect(text).not.toContain("Elected official");
    expect(text).toContain("Expert – UN-Habitat");
  });

  it("names the field that is missing in the person's language, and records nothing", async () => {
    const luis = await signedIn(platform, "luis@bogota.gov.co");
    const refused = await luis.post("/es/account/affiliations", { q: "bogota", role: "staff" });
    expect(refused.statusCode).toBe(422);
    expect(textOf(refused.body)).toContain("Indique: Ciudad u organización");
    expect(refused.body).toContain('value="staff" selected');
    const unknown = await luis.post("/es/account/affiliations", {
      q: "x",
      target: "place:999999",
      role: "staff",
    });
    expect(unknown.statusCode).toBe(422);
    expect(textOf(unknown.body)).toContain("Elija una de las opciones para Ciudad u organización");
    expect(textOf((await luis.get("/es/account/affiliations")).body)).toContain(
      "Todavía no ha indicado a quién representa.",
    );
  });

  it("lets a person remove only their own affiliations", async () => {
    const luis = await signedIn(platform, "luis@bogota.gov.co");
    const target = await choiceFor(luis, "Bogota", "Bogotá", "/es");
    await luis.post(`/es${page}`, { q: "Bogota", target, role: "staff" });
    const id = /\/account\/affiliations\/(\d+)\/remove/.exec((await luis.get(`/es${page}`)).body)?.[1];
    expect((await ana.post(`${page}/${id}/remove`, {}, { csrfFrom: page })).statusCode).toBe(404);
    expect(textOf((await luis.get(`/es${page}`)).body)).toContain("Miembro del personal – Bogotá");
    const removed = await luis.post(`/es${page}/${id}/remove`, {}, { csrfFrom: `/es${page}` });
    expect(removed.headers.location).toBe(`/es${page}?notice=removed`);
    expect(textOf((await luis.get(`/es${page}`)).body)).not.toContain("Miembro del personal – Bogotá");
  });

  it("counts the cities people represent from their affiliations, never their organisations", async () => {
    const db = platform.database.db;
    expect(await countCitiesRepresented({ db, people: [people.ana] })).toBe(1);
    expect(await countCitiesRepresented({ db, people: [] })).toBe(0);
    const target = await choiceFor(ana, "bogota", "Bogotá");
    await ana.post(page, { q: "bogota", target, role: "officer" });
    expect(await countCitiesRepresented({ db, people: [people.ana, people.luis] })).toBe(2);
    expect(await countCitiesRepresented({ db })).toBe(2);
  });

  it("asks a visitor to sign in first", async () => {
    const res = await platform.app.inject(page);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/signin?next=${encodeURIComponent(page)}`);
  });
});
