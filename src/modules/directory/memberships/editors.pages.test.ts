import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, textOf } from "../../../../tests/agent.js";
import { createNetwork } from "../../../../tests/factories-directory.js";
import { createPerson, signedIn, signedInPerson } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

const editors = "/networks/metropolis/editors";

describe.each(engines)("choosing a network's editors on %s", (engine) => {
  let platform: TestPlatform;
  let admin: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    await createNetwork(platform.database.db, {
      slug: "metropolis",
      acronym: "Metropolis",
      name: { en: "Metropolis" },
    });
    await createPerson(platform, { email: "admin@example.org", isAdmin: true });
    await createPerson(platform, { email: "secretariat@metropolis.org", name: "Aïda Secretariat" });
    admin = await signedIn(platform, "admin@example.org");
  });
  afterAll(() => platform?.stop());

  it("lets an admin make an existing account an editor, who can then manage the members, and remove them", async () => {
    const secretariat = await signedIn(platform, "secretariat@metropolis.org");
    expect((await secretariat.get("/networks/metropolis/manage")).statusCode).toBe(403);

    const added = await admin.post(editors, { email: "  Secretariat@Metropolis.org " });
    expect(added.statusCode).toBe(303);
    const page = await admin.get(String(added.headers.location));
    expect(textOf(page.body)).toContain("The editor was added.");
    expect(textOf(page.body)).toContain("Aïda Secretariat secretariat@metropolis.org");
    expect((await secretariat.get("/networks/metropolis/manage")).statusCode).toBe(200);

    const remove = /action="(\/networks\/metropolis\/editors\/\d+\/remove)"/.exec(page.body)?.[1];
    expect((await admin.post(String(remove), {}, { csrfFrom: editors })).statusCode).toBe(303);
    expect(textOf((await admin.get(editors)).body)).toContain("This network has no editor yet.");
    expect((await secretariat.get("/networks/metropolis/manage")).statusCode).toBe(403);
  });

  it("refuses an address that has no account, naming the field", async () => {
    const res = await admin.post(editors, { email: "nobody@example.org" });
    expect(res.statusCode).toBe(422);
    expect(textOf(res.body)).toContain("Email address: no account uses this address");
    const malformed = await admin.post(`/es${editors}`, { email: "<b>not-an-email</b>" });
    expect(malformed.statusCode).toBe(422);
    expect(textOf(malformed.body)).toContain("Correo electrónico debe ser una dirección de correo");
    expect(malformed.body).not.toContain("<b>not-an-email");
  });

  it("is for platform admins only, not for the network's own editors", async () => {
    const editor = await signedInPerson(platform, {
      email: "editor@metropolis.org",
      roles: { metropolis: "editor" },
    });
    expect((await editor.get(editors)).statusCode).toBe(403);
    const res = await editor.post(
      editors,
      { email: "editor@metropolis.org" },
      { csrfFrom: "/networks/metropolis/manage" },
    );
    expect(res.statusCode).toBe(403);
    expect(textOf((await editor.get("/networks/metropolis/manage")).body)).not.toContain("Editors");
  });
});
