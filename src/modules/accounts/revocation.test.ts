import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../tests/agent.js";
import { type CreatedUser, createUser, signIn } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { type ReceivedMail, startTestSmtp, type TestSmtp } from "../../../tests/smtp.js";

function linkIn(mail: ReceivedMail): string {
  const match = /http:\/\/localhost:3000(\/\S+)/.exec(mail.text);
  if (!match) throw new Error(`no link in: ${mail.text}`);
  return match[1];
}

describe.each(engines)("ending every way in when the password or the address changes, on %s", (engine) => {
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

  async function resetLinkFor(user: CreatedUser): Promise<string> {
    await new Agent(platform.app).post("/password/forgot", { email: user.email });
    const mail = await smtp.waitFor((m) => m.to.includes(user.email) && m.subject.startsWith("Reset"));
    return linkIn(mail);
  }

  async function emailChangeLink(agent: Agent, user: CreatedUser, to: string): Promise<string> {
    const asked = await agent.post("/account/email", { email: to, currentPassword: user.password });
    expect(asked.statusCode).toBe(303);
    return linkIn(await smtp.waitFor((m) => m.to.includes(to)));
  }

  async function expectDeadLink(link: string) {
    const page = await new Agent(platform.app).get(link);
    expect(page.statusCode).toBe(400);
    expect(textOf(page.body)).toContain("This link does not work");
    expect(textOf(page.body)).toContain("password or email address changed");
  }

  it("a reset link mailed before a password change no longer sets a password, and says why", async () => {
    const user = await createUser(platform.deps);
    const link = await resetLinkFor(user);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const changed = await agent.post("/account/password", {
      currentPassword: user.password,
      newPassword: "the owner's new secret",
      confirm: "the owner's new secret",
    });
    expect(changed.statusCode).toBe(303);

    await expectDeadLink(link);
    const attempt = await new Agent(platform.app).post(
      link,
      { password: "an attacker's secret", confirm: "an attacker's secret" },
      { csrfFrom: "/password/forgot" },
    );
    expect(attempt.statusCode).toBe(400);
    expect(textOf(attempt.body)).toContain("This link does not work");
    const attacker = await new Agent(platform.app).post("/signin", {
      email: user.email,
      password: "an attacker's secret",
    });
    expect(attacker.statusCode).toBe(422);
    await signIn(new Agent(platform.app), user.email, "the owner's new secret");
  });

  it("a password change cancels a change of address still waiting for its link", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const link = await emailChangeLink(agent, user, `moved-${user.id}@example.org`);
    await agent.post("/account/password", {
      currentPassword: user.password,
      newPassword: "the owner's new secret",
      confirm: "the owner's new secret",
    });
    await expectDeadLink(link);
    expect(textOf((await agent.get("/account/email")).body)).toContain(user.email);
  });

  it("a reset ends every session, the other reset links and a pending change of address", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, user.email, user.password);
    const change = await emailChangeLink(agent, user, `elsewhere-${user.id}@example.org`);
    const link = await resetLinkFor(user);
    const reset = await new Agent(platform.app).post(
      link,
      { password: "a reset secret here", confirm: "a reset secret here" },
      { csrfFrom: "/password/forgot" },
    );
    expect(reset.headers.location).toBe("/signin?notice=passwordReset");
    expect((await agent.get("/account")).headers.location).toBe("/signin?next=%2Faccount");
    await expectDeadLink(change);
  });

  it("an email change ends every other session and the reset link mailed to the old address", async () => {
    const user = await createUser(platform.deps);
    const here = new Agent(platform.app);
    const elsewhere = new Agent(platform.app);
    await signIn(here, user.email, user.password);
    await signIn(elsewhere, user.email, user.password);
    const reset = await resetLinkFor(user);
    const change = await emailChangeLink(here, user, `new-${user.id}@example.org`);
    const applied = await here.get(change);
    expect(applied.headers.location).toBe("/account?notice=emailChanged");
    expect((await here.get("/account")).statusCode).toBe(200);
    expect((await elsewhere.get("/account")).headers.location).toBe("/signin?next=%2Faccount");
    await expectDeadLink(reset);
  });

  it("deleting the account ends its other sessions and its links", async () => {
    const user = await createUser(platform.deps);
    const here = new Agent(platform.app);
    const elsewhere = new Agent(platform.app);
    await signIn(here, user.email, user.password);
    await signIn(elsewhere, user.email, user.password);
    const reset = await resetLinkFor(user);
    const deleted = await here.post("/account/delete", { currentPassword: user.password });
    expect(deleted.headers.location).toBe("/account/deleted");
    expect((await elsewhere.get("/account")).headers.location).toBe("/signin?next=%2Faccount");
    await expectDeadLink(reset);
  });
});
