import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Agent, textOf } from "../../../../tests/agent.js";
import { createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import {
  createPerson,
  lastMailTo,
  password,
  signedIn,
  signedInPerson,
} from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

const manage = "/networks/uclg/manage";

describe.each(engines)("inviting a focal point on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "UCLG", fr: "CGLU", es: "CGLU" } });
    await createPlace(db, { slug: "durban", name: "Durban", country: "ZA" });
    await createPlace(db, { slug: "izmir", name: "Izmir", country: "TR" });
    editor = await signedInPerson(platform, { email: "editor@uclg.org", roles: { uclg: "editor" } });
    for (const place of ["durban", "izmir"]) {
      const res = await editor.json("POST", "/api/v1/networks/uclg/memberships", { place });
      ids[place] = res.json().id;
    }
  });
  afterAll(() => {
    vi.restoreAllMocks();
    return platform?.stop();
  });

  async function invite(place: string, email: string) {
    return editor.post(`${manage}/${ids[place]}/invite`, { email }, { csrfFrom: `${manage}/${ids[place]}` });
  }

  /** The path of the link in the newest invitation mailed to this address. */
  async function invitationLink(email: string): Promise<string> {
    const mail = await lastMailTo(platform, email);
    const link = /http:\/\/localhost:3000(\/(?:fr\/|es\/)?invitations\/[\w-]+)/.exec(mail.text)?.[1];
    if (!link) throw new Error(`no invitation link in: ${mail.text}`);
    return link;
  }

  it("mails a link on which a newcomer makes their account, accepts and is signed in, in one form", async () => {
    const sent = await invite("durban", "nomvula@durban.gov.za");
    expect(sent.statusCode).toBe(303);
    expect(textOf((await editor.get(String(sent.headers.location))).body)).toContain(
      "The invitation was sent.",
    );
    const mail = await lastMailTo(platform, "nomvula@durban.gov.za");
    expect(mail.subject).toBe("Invitation: focal point of Durban for UCLG");
    const link = await invitationLink("nomvula@durban.gov.za");

    const newcomer = new Agent(platform.app);
    const landing = await newcomer.get(link);
    expect(textOf(landing.body)).toContain("UCLG invites you to be the focal point of Durban");
    expect(textOf(landing.body)).toContain("Your account uses nomvula@durban.gov.za");
    expect(landing.body).toContain(`href="/signin?next=${encodeURIComponent(link)}"`);

    const french = new Agent(platform.app);
    const short = await french.post(`/fr${link}`, {
      name: "Nomvula Dlamini",
      password: "short",
      role: "elected",
    });
    expect(short.statusCode).toBe(422);
    expect(textOf(short.body)).toContain("Mot de passe");
    expect(short.body).toContain('value="Nomvula Dlamini"');
    expect(short.body).toContain('value="elected" selected');
    expect(french.cookie("cx_session")).toBeUndefined();
    expect(textOf((await french.get(`/fr${link}`)).body)).toContain("Créer mon compte et accepter");

    const accepted = await newcomer.post(link, { name: "Nomvula Dlamini", password, role: "elected" });
    expect(accepted.statusCode).toBe(200);
    const text = textOf(accepted.body);
    expect(text).toContain("Your account is ready and you are signed in.");
    expect(text).toContain("You are now the focal point of Durban and a member of UCLG.");
    expect(text).toContain("My account");
    expect(newcomer.cookie("cx_session")).toBeDefined();
    const account = await newcomer.get("/account");
    expect(account.statusCode).toBe(200);
    expect(textOf(account.body)).toContain("Elected official – Durban");
    expect(textOf((await newcomer.get("/places/durban")).body)).toContain(
      "Nomvula Dlamini Elected official – Durban",
    );
    expect((await newcomer.get(manage)).statusCode).toBe(403);

    const again = await new Agent(platform.app).get(link);
    expect(again.statusCode).toBe(410);
    expect(textOf(again.body)).toContain("This invitation has already been accepted.");
  });

  it("asks the owner of an existing account to sign in, and makes no second account", async () => {
    await createPerson(platform, { email: "thabo@durban.gov.za", name: "Thabo Nkosi" });
    await invite("durban", "thabo@durban.gov.za");
    const link = await invitationLink("thabo@durban.gov.za");
    const visitor = new Agent(platform.app);
    const landing = await visitor.get(link);
    expect(textOf(landing.body)).toContain("An account already uses thabo@durban.gov.za. Sign in");
    expect(landing.body).not.toContain('name="password"');
    const refused = await visitor.post(
      link,
      { name: "Someone Else", password, role: "staff" },
      { csrfFrom: "/signin" },
    );
    expect(textOf(refused.body)).toContain("An account already uses thabo@durban.gov.za.");
    expect(visitor.cookie("cx_session")).toBeUndefined();
    const thabo = await signedIn(platform, "thabo@durban.gov.za");
    expect(textOf((await thabo.post(link, { role: "staff" })).body)).toContain(
      "You are now the focal point of Durban",
    );
    expect(textOf((await thabo.get("/places/durban")).body)).toContain("Thabo Nkosi Staff member – Durban");
  });

  it("writes to a known account in its own language, with a link to the pages in that language", async () => {
    await createPerson(platform, { email: "maire@izmir.bel.tr", locale: "fr" });
    await invite("izmir", "maire@izmir.bel.tr");
    const mail = await lastMailTo(platform, "maire@izmir.bel.tr");
    expect(mail.subject).toBe("Invitation : point focal d’Izmir pour CGLU");
    expect(await invitationLink("maire@izmir.bel.tr")).toMatch(/^\/fr\/invitations\//);
  });

  it("keeps an editor's role when the editor accepts an invitation", async () => {
    await invite("izmir", "editor@uclg.org");
    const link = await invitationLink("editor@uclg.org");
    expect(textOf((await editor.post(link, {})).body)).toContain("You are now the focal point of Izmir");
    expect((await editor.get(manage)).statusCode).toBe(200);
  });

  it("tells the visitor when a link has expired, and accepts nothing", async () => {
    await invite("durban", "late@durban.gov.za");
    const link = await invitationLink("late@durban.gov.za");
    const late = await signedInPerson(platform, { email: "late@durban.gov.za", name: "Lerato Mokoena" });
    const token = await late.csrfToken(link);
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + 15 * 86_400_000);
    const opened = await late.get(link);
    const refused = await late.post(link, { _csrf: token });
    vi.restoreAllMocks();
    expect(opened.statusCode).toBe(410);
    expect(textOf(opened.body)).toContain("This invitation has expired.");
    expect(refused.statusCode).toBe(410);
    expect(textOf((await late.get("/places/durban")).body)).not.toContain("Lerato Mokoena");
  });

  it("says so when a link is not one we sent", async () => {
    const res = await platform.app.inject(
      "/es/invitations/not-a-real-token-but-long-enough-to-look-like-one",
    );
    expect(res.statusCode).toBe(404);
    expect(textOf(res.body)).toContain("Este enlace de invitación no es válido.");
  });

  it("invites only for a current member, and says why otherwise", async () => {
    await editor.json("DELETE", `/api/v1/memberships/${ids.izmir}`);
    const res = await invite("izmir", "someone@izmir.bel.tr");
    expect(res.statusCode).toBe(422);
    expect(textOf(res.body)).toContain("Only a current member can have a focal point");
    await expect(lastMailTo(platform, "someone@izmir.bel.tr")).rejects.toThrow();
  });
});
