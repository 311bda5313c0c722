import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, textOf } from "../../../../tests/agent.js";
import { createMembership, createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import { signedInPerson } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

/** The address of a section's page, read from the link on the sections page. */
async function sectionPath(agent: Agent, name: string): Promise<string> {
  const html = (await agent.get("/networks/cities-sections/sections")).body;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const path = new RegExp(`href="(/networks/cities-sections/sections/\\d+)">${escaped}<`).exec(html)?.[1];
  if (!path) throw new Error(`no link to the section ${name}`);
  return path;
}

describe.each(engines)("a network's sections on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "cities-sections",
      acronym: "CS",
      name: { en: "Cities with sections" },
      sections: [{ slug: "culture", kind: "field", name: { en: "Culture", fr: "Culture" } }],
    });
    await createPlace(db, { name: "Lyon", country: "FR", slug: "lyon-fr" });
    await createMembership(db, { network: "cities-sections", place: "lyon-fr", section: "culture" });
    editor = await signedInPerson(platform, {
      email: "editor@sections.org",
      name: "Sam Sections",
      roles: { "cities-sections": "editor" },
    });
  });
  afterAll(() => platform?.stop());

  it("refuses the sections pages and changes to someone who does not edit the network", async () => {
    const member = await signedInPerson(platform, {
      email: "member@sections.org",
      roles: { "cities-sections": "member" },
    });
    expect((await member.get("/networks/cities-sections/sections")).statusCode).toBe(403);
    const posted = await member.post(
      "/networks/cities-sections/sections",
      { nameEn: "Mobility" },
      { csrfFrom: "/" },
    );
    expect(posted.statusCode).toBe(403);
    expect(textOf((await editor.get("/networks/cities-sections/sections")).body)).not.toContain("Mobility");
  });

  it("lets an editor add a section named in three languages, naming the fields that are wrong", async () => {
    const empty = await editor.post("/networks/cities-sections/sections", {
      nameEn: "",
      nameFr: "Mobilité\nurbaine",
    });
    expect(empty.statusCode).toBe(422);
    expect(textOf(empty.body)).toContain("Enter Name in English");
    expect(textOf(empty.body)).toContain("Name in French must fit on one line");
    const added = await editor.post("/networks/cities-sections/sections", {
      nameEn: "Urban Mobility",
      nameFr: "Mobilité urbaine",
      nameEs: "Movilidad urbana",
      kind: "field",
      comment: "Agreed at the general assembly",
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe("/networks/cities-sections/sections?notice=added");
    const page = textOf((await editor.get("/fr/networks/cities-sections/sections?notice=added")).body);
    expect(page).toContain("Mobilité urbaine");
    expect(page).toContain("La section a été ajoutée.");
  });

  it("refuses a second section of the same name, adding nothing", async () => {
    const again = await editor.post("/networks/cities-sections/sections", { nameEn: "urban mobility!" });
    expect(again.statusCode).toBe(409);
    expect(textOf(again.body)).toContain(
      "Name in English is already used by another section of this network",
    );
    const path = await sectionPath(editor, "Urban Mobility");
    const renamedOnto = await editor.post(path, { nameEn: "Culture" });
    expect(renamedOnto.statusCode).toBe(409);
    expect(textOf(renamedOnto.body)).toContain("Name in English is already used by another section");
    const html = (await editor.get("/networks/cities-sections/sections")).body;
    expect(html.match(/href="\/networks\/cities-sections\/sections\/\d+"/g)).toHaveLength(2);
  });

  it("lets an editor rename a section, the change and its comment in the network's history", async () => {
    const path = await sectionPath(editor, "Urban Mobility");
    const renamed = await editor.post(path, {
      nameEn: "Mobility",
      nameFr: "Mobilité",
      nameEs: "Movilidad urbana",
      kind: "field",
      comment: "Shorter names",
    });
    expect(renamed.statusCode).toBe(303);
    const list = textOf((await editor.get("/networks/cities-sections/sections")).body);
    expect(list).toMatch(
      /Sam Sections Changed a section Name in English: Urban Mobility → Mobility Name in French: Mobilité urbaine → Mobilité Comment: Shorter names/,
    );
    expect(list).toMatch(/Sam Sections Added a section Name in English: none → Urban Mobility/);
    const details = textOf((await editor.get("/networks/cities-sections/edit")).body);
    expect(details).toMatch(/Changed a section .* Added a section/);
  });

  it("refuses to remove a section that a membership uses, and removes one that none uses", async () => {
    const culture = await sectionPath(editor, "Culture");
    expect(textOf((await editor.get(culture)).body)).toContain(
      "1 membership uses this section. Move it to another section before removing this one.",
    );
    const refused = await editor.post(`${culture}/remove`, {}, { csrfFrom: culture });
    expect(refused.statusCode).toBe(409);
    expect(textOf(refused.body)).toContain(
      "The section was not removed: 1 membership uses it. Move it to another section first.",
    );
    expect(textOf((await editor.get("/networks/cities-sections/sections")).body)).toContain("Culture");

    const mobility = await sectionPath(editor, "Mobility");
    const removed = await editor.post(`${mobility}/remove`, { removalComment: "Merged into Culture" });
    expect(removed.statusCode).toBe(303);
    expect((await editor.get(mobility)).statusCode).toBe(404);
    const list = textOf((await editor.get("/networks/cities-sections/sections")).body);
    expect(list).toMatch(
      /Sam Sections Removed a section Name in English: Mobility → none .* Comment: Merged into Culture/,
    );
    expect(list).not.toMatch(/href="[^"]*">Mobility</);
  });
});
