import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../../tests/agent.js";
import { createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import { createPerson, lastMailTo, password, signedIn } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

const manage = "/networks/uclg/manage";

describe.each(engines)("my networks, an editor's home, on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "UCLG", fr: "CGLU", es: "CGLU" } });
    await createPlace(db, { slug: "durban", name: "Durban", country: "ZA" });
    await createPlace(db, { slug: "izmir", name: "Izmir", country: "TR" });
    await createPerson(platform, { email: "editor@uclg.org", roles: { uclg: "editor" } });
    await createPerson(platform, { email: "nobody@example.org" });
    editor = await signedIn(platform, "editor@uclg.org");
    for (const place of ["durban", "izmir"]) {
      ids[place] = (await editor.json("POST", "/api/v1/networks/uclg/memberships", { place })).json().id;
    }
    await editor.post(
      `${manage}/${ids.durban}/invite`,
      { email: "sipho@durban.gov.za" },
      { csrfFrom: `${manage}/${ids.durban}` },
    );
  });
  afterAll(() => platform?.stop());

  it("shows an editor what needs attention: invitations waiting and members nobody speaks for", async () => {
    const account = textOf((await editor.get("/account")).body);
    expect(account).toContain("My networks 3 things need your attention. Open my networks");
    const home = await editor.get("/account/networks");
    const text = textOf(home.body);
    expect(text).toContain("You are an editor of this network.");
    expect(text).toContain("1 invitation is waiting for an answer");
    expect(text).toContain("2 members have no focal point");
    expect(home.body).toContain(`href="${manage}/${ids.durban}"`);
    expect(home.body).toContain(`href="${manage}/${ids.izmir}"`);
    expect(textOf((await editor.get("/fr/account/networks")).body)).toContain(
      "1 invitation attend une réponse",
    );
  });

  it("counts a member as spoken for once its focal point accepts, and shows the focal point as a member", async () => {
    const mail = await lastMailTo(platform, "sipho@durban.gov.za");
    const link = /\/invitations\/[\w-]+/.exec(mail.text)?.[0] ?? "";
    const sipho = new Agent(platform.app);
    await sipho.post(link, { name: "Sipho Ndlovu", password, role: "officer" });
    const text = textOf((await editor.get("/account/networks")).body);
    expect(text).not.toContain("invitation is waiting");
    expect(text).toContain("1 member has no focal point");
    const theirs = textOf((await sipho.get("/account/networks")).body);
    expect(theirs).toContain("You are a member of this network.");
    expect(theirs).not.toContain("Manage the members");
  });

  it("tells someone without a role where the networks are, and adds nothing to their account page", async () => {
    const nobody = await signedIn(platform, "nobody@example.org");
    expect(textOf((await nobody.get("/account")).body)).not.toContain("My networks");
    const home = await nobody.get("/account/networks");
    expect(textOf(home.body)).toContain("You have no role in a network yet.");
    expect(home.body).toContain('href="/networks"');
  });
});
