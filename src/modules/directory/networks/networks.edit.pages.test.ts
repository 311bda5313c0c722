import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, textOf } from "../../../../tests/agent.js";
import { signedInPerson } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

async function storedKeys(platform: TestPlatform): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of platform.deps.storage.list()) keys.push(item.key);
  return keys;
}

async function logoForm(fields: Record<string, string>, bytes?: Buffer | string, name = "logo.png") {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const body =
    typeof bytes === "string"
      ? bytes
      : new Uint8Array(
          bytes ??
            (await sharp({ create: { width: 800, height: 400, channels: 3, background: "#0a5" } })
              .png()
              .toBuffer()),
        );
  form.append("logo", new Blob([body], { type: "image/png" }), name);
  return form;
}

describe.each(engines)("creating and editing a network on %s", (engine) => {
  let platform: TestPlatform;
  let admin: Agent;
  let editor: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    admin = await signedInPerson(platform, { email: "admin@example.org", name: "Ada Admin", isAdmin: true });
  });
  afterAll(() => platform?.stop());

  it("lets an admin create a network, refusing a taken address and naming the fields that are wrong", async () => {
    const empty = await admin.post("/networks/new", { slug: "Not A Slug", acronym: "" });
    expect(empty.statusCode).toBe(422);
    expect(textOf(empty.body)).toContain("Enter Acronym");
    expect(textOf(empty.body)).toContain("Enter Name in English");
    const created = await admin.post("/networks/new", {
      slug: "metropolis",
      acronym: "Metropolis",
      nameEn: "World Association of the Major Metropolises",
      nameFr: "Association mondiale des grandes métropoles",
      descriptionEn: "Metropolitan governance",
      website: "https://www.metropolis.org",
      comment: "Asked for by the secretariat",
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe("/networks/metropolis/edit?notice=created");
    const again = await admin.post("/networks/new", { slug: "metropolis", acronym: "M", nameEn: "Another" });
    expect(again.statusCode).toBe(409);
    expect(textOf(again.body)).toContain("Web address name is already used by another network");
    const page = textOf((await admin.get("/fr/networks/metropolis")).body);
    expect(page).toContain("Association mondiale des grandes métropoles");
  });

  it("refuses the creation page to anyone but an admin, and the edit page to anyone but its editors", async () => {
    editor = await signedInPerson(platform, {
      email: "editor@metropolis.org",
      name: "Edu Editor",
      roles: {},
    });
    expect((await editor.get("/networks/new")).statusCode).toBe(403);
    expect((await editor.get("/networks/metropolis/edit")).statusCode).toBe(403);
    await admin.post("/networks/metropolis/editors", { email: "editor@metropolis.org" });
    expect((await editor.get("/networks/metropolis/edit")).statusCode).toBe(200);
  });

  it("lets an editor change the details, with the change and its comment in the history", async () => {
    const saved = await editor.post("/networks/metropolis/edit", {
      acronym: "Metropolis",
      nameEn: "World Association of the Major Metropolises",
      nameFr: "Association mondiale des grandes métropoles",
      nameEs: "Asociación Mundial de las Grandes Metrópolis",
      descriptionEn: "Metropolitan governance",
      website: "https://www.metropolis.org",
      comment: "Spanish name from the charter",
    });
    expect(saved.statusCode).toBe(303);
    const page = textOf((await editor.get("/networks/metropolis/edit")).body);
    expect(page).toMatch(
      /Edu Editor Edited the network’s details Name in Spanish: none → Asociación Mundial de las Grandes Metrópolis Comment: Spanish name from the charter/,
    );
    expect(page).toMatch(/Ada Admin Created the network/);
    const bad = await editor.post("/networks/metropolis/edit", {
      acronym: "M",
      nameEn: "X",
      website: "ftp://x",
    });
    expect(bad.statusCode).toBe(422);
    expect(textOf(bad.body)).toContain("Error: Website is not valid");
  });

  it("lets an editor give the network's acronym and article per language, used in French and Spanish sentences", async () => {
    const saved = await editor.post("/networks/metropolis/edit", {
      acronym: "Metropolis",
      acronymFr: "AMGM",
      acronymEs: "",
      nameEn: "World Association of the Major Metropolises",
      nameFr: "Association mondiale des grandes métropoles",
      nameEs: "Asociación Mundial de las Grandes Metrópolis",
      articleEn: "the",
      articleFr: "l",
      articleEs: "la",
    });
    expect(saved.statusCode).toBe(303);
    const fr = textOf((await editor.get("/fr/networks/metropolis/manage")).body);
    expect(fr).toContain("Membres de l’Association mondiale des grandes métropoles");
    const es = textOf((await editor.get("/es/networks/metropolis/manage")).body);
    expect(es).toContain("Miembros de la Asociación Mundial de las Grandes Metrópolis");
    expect(textOf((await editor.get("/fr/networks/metropolis")).body)).toContain("(AMGM)");
    const form = await editor.get("/networks/metropolis/edit");
    expect(form.body).toContain('<option value="l" selected>l’</option>');
    expect(textOf(form.body)).toMatch(/Article before the French name: none → l/);
    const bad = await editor.post("/networks/metropolis/edit", {
      acronym: "M",
      nameEn: "X",
      articleFr: "der",
    });
    expect(bad.statusCode).toBe(422);
    expect(textOf(bad.body)).toContain("Article before the French name");
  });

  it("refuses a logo without text alternative, of the wrong type or unreadable, storing nothing", async () => {
    const missingAlt = await editor.multipart(
      "/networks/metropolis/edit/logo",
      await logoForm({}),
      "/networks/metropolis/edit",
    );
    expect(missingAlt.statusCode).toBe(422);
    expect(textOf(missingAlt.body)).toContain("Enter a text alternative in at least one language");
    const svg = await editor.multipart(
      "/networks/metropolis/edit/logo",
      await logoForm({ altEn: "Metropolis" }, "<svg xmlns='http://www.w3.org/2000/svg'/>", "logo.svg"),
      "/networks/metropolis/edit",
    );
    expect(svg.statusCode).toBe(422);
    expect(textOf(svg.body)).toContain(
      "Logo must be a picture in one of these formats: PNG, JPEG, WebP, GIF",
    );
    expect(await storedKeys(platform)).toEqual([]);
  });

  it("puts an uploaded logo on the network's page with its sizes and text, and serves its copies", async () => {
    const uploaded = await editor.multipart(
      "/networks/metropolis/edit/logo",
      await logoForm({ altEn: "Metropolis", altFr: "Metropolis" }),
      "/networks/metropolis/edit",
    );
    expect(uploaded.statusCode).toBe(303);
    const html = (await admin.get("/networks/metropolis")).body;
    const img = /<img class="network-logo"[^>]*>/.exec(html)?.[0] ?? "";
    expect(img).toMatch(/src="\/files\/logos\/[0-9a-f]{24}\/160\.webp"/);
    expect(img).toMatch(/srcset="[^"]*160\.webp 160w, [^"]*320\.webp 320w, [^"]*640\.webp 640w"/);
    expect(img).toContain('width="160"');
    expect(img).toContain('height="80"');
    expect(img).toContain('alt="Metropolis"');
    const src = /src="([^"]+)"/.exec(img)?.[1] ?? "";
    const file = await admin.get(src);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/webp");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await admin.get("/files/logos/../../etc/passwd.png")).statusCode).toBe(404);
    const keys = await storedKeys(platform);
    expect(keys).toHaveLength(4);

    // Replacing it removes the old files; removing it leaves none.
    await editor.multipart(
      "/networks/metropolis/edit/logo",
      await logoForm({ decorative: "yes" }),
      "/networks/metropolis/edit",
    );
    const replaced = await storedKeys(platform);
    expect(replaced).toHaveLength(4);
    expect(replaced.filter((k) => keys.includes(k))).toEqual([]);
    expect(
      (
        await editor.post(
          "/networks/metropolis/edit/logo/remove",
          {},
          { csrfFrom: "/networks/metropolis/edit" },
        )
      ).statusCode,
    ).toBe(303);
    expect(await storedKeys(platform)).toEqual([]);
    const history = textOf((await editor.get("/networks/metropolis/edit")).body);
    expect(history).toMatch(
      /Removed the logo .* Uploaded a logo .* Uploaded a logo Logo: none → Metropolis \/ Metropolis/,
    );
  });
});
