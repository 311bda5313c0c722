import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, textOf } from "../../../../tests/agent.js";
import { createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import { signedInPerson } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";
import { translator } from "../../../lib/i18n/index.js";
import { addPlaceByHand, importWorldCity } from "../places/places.add.service.js";

const manage = "/networks/uclg/manage";
const newPlace = `${manage}/places/new`;
const thies = 2244802; // Thiès, Senegal, in GeoNames
const field = { name: "place", label: "manage.field.place" };

describe.each(engines)("adding a place that is not in the directory, on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uclg",
      acronym: "UCLG",
      name: { en: "United Cities and Local Governments" },
    });
    await createPlace(db, { slug: "durban-za", name: "Durban", country: "ZA" });
    editor = await signedInPerson(platform, { email: "editor@uclg.org", roles: { uclg: "editor" } });
  });
  afterAll(() => platform?.stop());

  it("finds Thiès among the world's cities, accents and case aside, and makes it a member in one step", async () => {
    const searched = await editor.get(`${manage}?q=THIES`);
    const text = textOf(searched.body);
    expect(text).toContain("Thiès, Senegal (population 320,000");
    expect(text).toContain("Thiès Nones, Senegal");
    expect(text).toMatch(/City data: GeoNames ?, CC BY 4\.0/);
    expect(Number(searched.headers["x-sql-queries"])).toBeLessThanOrEqual(8);

    const added = await editor.post(manage, { q: "THIES", place: `geonames:${thies}` });
    expect(added.statusCode).toBe(303);
    expect(textOf((await editor.get(manage)).body)).toMatch(/Thiès Senegal .*Member/);
    // The new place is found by the platform's search in the same commit.
    expect(textOf((await editor.get("/search?q=thies")).body)).toContain("Thiès");

    // Now in the directory: offered as a place (a member), no longer as a world city.
    const again = await editor.get(`${manage}?q=thiès`);
    expect(again.body).not.toContain(`value="geonames:${thies}"`);
    expect(textOf(again.body)).toContain("Thiès, Senegal (already a member)");
    // A place added without a GeoNames id is not offered a second time as a world city.
    const durban = textOf((await editor.get(`${manage}?q=durban`)).body);
    expect(durban).toContain("Durban, South Africa");
    expect(durban).not.toMatch(/Durban, South Africa \(population/);
  });

  it("imports a world city once, however many editors choose it at the same moment", async () => {
    const db = platform.database.db;
    const t = translator("en");
    const results = await Promise.all(
      [1, 2, 3].map(() => importWorldCity({ db, geonamesId: 2253354, t, field })), // Dakar
    );
    expect(results.filter((r) => r.outcome === "created")).toHaveLength(1);
    expect(new Set(results.map((r) => r.place.slug))).toEqual(new Set(["dakar-sn"]));
    await expect(importWorldCity({ db, geonamesId: 999_999_999, t, field })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { place: "Choose a place from the search results for Place" },
    });
  });

  it("lets an editor create a place by hand, naming each field at fault, and refuses a second of the same name", async () => {
    const form = await editor.get(`${newPlace}?name=Ndiaganiao`);
    expect(form.body).toContain('value="Ndiaganiao"');

    const bad = await editor.post(newPlace, {
      name: "",
      kind: "city",
      country: "ZZ",
      latitude: "95",
      longitude: "x",
    });
    expect(bad.statusCode).toBe(422);
    const errors = textOf(bad.body);
    expect(errors).toContain("Enter Name");
    expect(errors).toContain("Choose a country from the list for Country");
    expect(errors).toContain("Latitude must be 90 or less");
    expect(errors).toContain("Enter Longitude in decimal degrees, for example 14.79");

    const fields = { name: "Ndiaganiao", nameFr: "Ndiaganiao", kind: "local_government", country: "SN" };
    const created = await editor.post(newPlace, { ...fields, latitude: "14,52", longitude: "-16.78" });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(`${manage}?q=Ndiaganiao&notice=placeAdded`);
    const waiting = textOf((await editor.get(created.headers.location as string)).body);
    expect(waiting).toContain("The place was added to the directory.");
    expect(waiting).toMatch(/Ndiaganiao ?, Senegal/);

    const twice = await editor.post(newPlace, {
      ...fields,
      name: "NDIAGANIAO",
      latitude: "14.5",
      longitude: "-16.8",
    });
    expect(twice.statusCode).toBe(409);
    expect(textOf(twice.body)).toContain("Ndiaganiao (Senegal) is already in the directory");
    expect(twice.body).toContain(`href="${manage}?q=NDIAGANIAO"`);

    // A city GeoNames knows is chosen from the search, not typed again.
    const known = await editor.post(newPlace, {
      ...fields,
      name: "Saint-Louis",
      latitude: "16",
      longitude: "-16.5",
    });
    expect(textOf(known.body)).toContain("Saint-Louis (Senegal) is among the world’s cities");
  });

  it("makes one place when two editors create the same place by hand at the same moment", async () => {
    const input = {
      name: "Keur Massar Nord",
      names: {},
      kind: "city" as const,
      country: "SN",
      latitude: 14.78,
      longitude: -17.31,
    };
    const results = await Promise.all(
      ["Keur Massar Nord", "keur massar nord", "Keur-Massar Nord"].map((name) =>
        addPlaceByHand({ db: platform.database.db, input: { ...input, name } }),
      ),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(["created", "existing", "existing"]);
  });

  it("shows the members page's add form and the new place form without accessibility problems in French", async () => {
    const page = await editor.get(`/fr${manage}?q=thies`);
    expect(textOf(page.body)).toContain("Thiès Nones, Sénégal (252 320 habitants");
    expect(textOf(page.body)).toContain("Ajouter un lieu absent de la liste");
    const form = textOf((await editor.get(`/fr${newPlace}`)).body);
    expect(form).toContain("Ajouter un lieu à l’annuaire");
  });
});
