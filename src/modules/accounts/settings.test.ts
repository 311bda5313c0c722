import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../tests/agent.js";
import { createUser, signIn } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { startTestSmtp, type TestSmtp } from "../../../tests/smtp.js";

function linkIn(text: string): string {
  const match = /http:\/\/localhost:3000(\/\S+)/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
}

describe.each(engines)("accounts and sessions on %s", (engine) => {
  let platform: TestPlatform;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    platform = await createTestPlatform(engine, { SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await platform?.stop();
    await smtp?.close();
  });

  it("refuses a wrong password with the same message as an unknown email", async () => {
    const user = await createUser(platform.deps);
    const wrong = await new Agent(platform.app).post("/signin", {
      email: user.email,
      password: "not the password",
    });
    const unknown = await new Agent(platform.app).post("/signin", {
      email: "nobody@example.org",
      password: "x",
    });
    expect(wrong.statusCode).toBe(422);
    expect(unknown.statusCode).toBe(422);
    expect(textOf(wrong.body)).toContain("The email address or the password is not right");
    expect(textOf(unknown.body)).toContain("The email address or the password is not right");
  });

  it("gives the same answer to a forgotten password whether the email is known or not, and the link resets it", async () => {
    const user = await createUser(platform.deps);
    const known = await new Agent(platform.app).post("/password/forgot", { email: user.email });
    const unknown = await new Agent(platform.app).post("/password/forgot", { email: "ghost@example.org" });
    expect(known.headers.location).toBe("/password/forgot/sent");
    expect(unknown.headers.location).toBe(known.headers.location);
    const other = new Agent(platform.app);
    await signIn(other, user.email, user.password);

    const link = linkIn((await smtp.waitFor((m) => m.to.includes(user.email))).text);
    const agent = new Agent(platform.app);
    const reset = await agent.post(link, { password: "a brand new secret", confirm: "a brand new secret" });
    expect(reset.headers.location).toBe("/signin?notice=passwordReset");
    expect((await other.get("/account")).headers.location).toBe("/signin?next=%2Faccount");
    expect(
      (await new Agent(platform.app).post("/signin", { email: user.email, password: user.password }))
        .statusCode,
    ).toBe(422);
    await signIn(agent, user.email, "a brand new secret");
    expect((await agent.get(link)).statusCode).toBe(400);
  });

  it("sends a signed-out visitor from a members-only page to sign in and back, while the API answers 401", async () => {
    const user = await createUser(platform.deps);
    const visitor = new Agent(platform.app);
    const asked = await visitor.get("/fr/account/tokens?x=1");
    expect(asked.statusCode).toBe(303);
    const next = "/fr/account/tokens?x=1";
    expect(asked.headers.location).toBe(`/fr/signin?next=${encodeURIComponent(next)}`);
    const signedIn = await visitor.post(
      "/fr/signin",
      { email: user.email, password: user.password, next },
      { csrfFrom: String(asked.headers.location) },
    );
    expect(signedIn.headers.location).toBe(next);
    const back = await visitor.get(next);
    expect(back.statusCode).toBe(200);
    expect(back.headers["content-type"]).toContain("text/html");

    const api = await platform.app.inject({
      method: "DELETE",
      url: "/api/v1/memberships/1",
    });
    expect(api.statusCode).toBe(401);
    expect(api.json().error.code).toBe("unauthenticated");
  });

  it("signing out ends the session on the server: the old cookie no longer works", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const cookie = agent.cookie("cx_session");
    const out = await agent.post("/signout", {}, { csrfFrom: "/account" });
    expect(out.statusCode).toBe(303);
    const replay = await platform.app.inject({
      url: "/account",
      headers: { cookie: `cx_session=${cookie}` },
    });
    expect(replay.headers.location).toBe("/signin?next=%2Faccount");
  });

  it("gives a new session id at every sign-in", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const first = agent.cookie("cx_session");
    const again = await agent.post(
      "/signin",
      { email: user.email, password: user.password },
      { csrfFrom: "/password/forgot" },
    );
    expect(again.statusCode).toBe(303);
    expect(agent.cookie("cx_session")).not.toBe(first);
    const old = await platform.app.inject({ url: "/account", headers: { cookie: `cx_session=${first}` } });
    expect(old.headers.location).toBe("/signin?next=%2Faccount");
  });

  it("changing the password ends the other sessions and keeps this one", async () => {
    const user = await createUser(platform.deps);
    const here = new Agent(platform.app);
    const elsewhere = new Agent(platform.app);
    await signIn(here, user.email, user.password);
    await signIn(elsewhere, user.email, user.password);
    const wrong = await here.post("/account/password", {
      currentPassword: "wrong one",
      newPassword: "another good secret",
      confirm: "another good secret",
    });
    expect(textOf(wrong.body)).toContain("Your current password is not right");
    const changed = await here.post("/account/password", {
      currentPassword: user.password,
      newPassword: "another good secret",
      confirm: "another good secret",
    });
    expect(changed.statusCode).toBe(303);
    expect((await here.get("/account")).statusCode).toBe(200);
    expect((await elsewhere.get("/account")).headers.location).toBe("/signin?next=%2Faccount");
  });

  it("changes the email only when the link sent to the new address is followed", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const asked = await agent.post("/account/email", {
      email: "New.Address@example.org",
      currentPassword: user.password,
    });
    expect(asked.statusCode).toBe(303);
    expect(textOf((await agent.get("/account/email")).body)).toContain(user.email);
    const mail = await smtp.waitFor((m) => m.to.includes("new.address@example.org"));
    await smtp.waitFor((m) => m.to.includes(user.email) && m.subject.includes("about to change"));
    const applied = await agent.get(linkIn(mail.text));
    expect(applied.headers.location).toBe("/account?notice=emailChanged");
    expect(textOf((await agent.get("/account/email")).body)).toContain("new.address@example.org");
  });

  it("deletes the account after the password is confirmed, ending its session", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const refused = await agent.post("/account/delete", { currentPassword: "nope" });
    expect(refused.statusCode).toBe(422);
    const deleted = await agent.post("/account/delete", { currentPassword: user.password });
    expect(deleted.headers.location).toBe("/account/deleted");
    expect((await agent.get("/account")).headers.location).toBe("/signin?next=%2Faccount");
    expect(
      (await new Agent(platform.app).post("/signin", { email: user.email, password: user.password }))
        .statusCode,
    ).toBe(422);
  });

  it("refuses a profile change without the CSRF token, and changes nothing", async () => {
    const user = await createUser(platform.deps, { name: "Original" });
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const res = await agent.post("/account", {
      _csrf: "forged",
      name: "Changed",
      jobTitle: "",
      locale: "en",
    });
    expect(res.statusCode).toBe(403);
    expect((await agent.get("/account")).body).toContain('value="Original"');
  });

  it("shows a name with markup escaped, and refuses an over-long job title naming it", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    await agent.post("/account", { name: '<img src=x onerror="alert(1)">', jobTitle: "", locale: "en" });
    const page = await agent.get("/account");
    expect(page.body).not.toContain("<img src=x");
    expect(page.body).toContain("&lt;img src=x");
    const long = await agent.post("/account", { name: "Fine", jobTitle: "x".repeat(161), locale: "xx" });
    expect(long.statusCode).toBe(422);
    expect(textOf(long.body)).toContain("Job title must be 160 characters or fewer");
    expect(textOf(long.body)).toContain("Preferred language");
    expect((await agent.get("/account")).body).toContain("&lt;img src=x");
  });

  it("slows down repeated sign-in attempts with a translated page", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    let last = await agent.post(
      "/fr/signin",
      { email: user.email, password: "guess" },
      { csrfFrom: "/fr/signin" },
    );
    for (let i = 0; i < 10; i++)
      last = await agent.post(
        "/fr/signin",
        { email: user.email, password: "guess" },
        { csrfFrom: "/fr/signin" },
      );
    expect(last.statusCode).toBe(429);
    expect(textOf(last.body)).toContain("Trop de tentatives");
  });
});
