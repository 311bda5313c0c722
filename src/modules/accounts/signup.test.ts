import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../tests/agent.js";
import { createUser } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { startTestSmtp, type TestSmtp } from "../../../tests/smtp.js";

/** The path of the first link to this site in a mail. */
function linkIn(text: string): string {
  const match = /http:\/\/localhost:3000(\/\S+)/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
}

describe.each(engines)("signing up on %s", (engine) => {
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

  it("a newcomer signs up, confirms by the mailed link, signs in and edits their profile", async () => {
    const agent = new Agent(platform.app);
    const signup = await agent.post("/signup", {
      name: "Amina Diallo",
      email: "Amina@Example.org",
      password: "long enough password",
      confirm: "long enough password",
    });
    expect(signup.statusCode).toBe(303);
    expect(signup.headers.location).toBe("/signup/sent");
    expect(textOf((await agent.get("/signup/sent")).body)).toContain("Check your email");
    expect(agent.cookie("cx_session")).toBeUndefined();

    const mail = await smtp.waitFor((m) => m.to.includes("amina@example.org"));
    expect(mail.subject).toBe("Confirm your email address for CityExchange");
    const confirmed = await agent.get(linkIn(mail.text));
    expect(confirmed.headers.location).toBe("/signin?notice=confirmed");
    expect(textOf((await agent.get("/signin?notice=confirmed")).body)).toContain(
      "Your email address is confirmed",
    );

    const signin = await agent.post("/signin", {
      email: "amina@example.org",
      password: "long enough password",
    });
    expect(signin.statusCode).toBe(303);
    const account = await agent.get("/account");
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('value="Amina Diallo"');
    expect(textOf(account.body)).not.toContain("Confirm your email address (");

    const saved = await agent.post("/account", { name: "Amina D.", jobTitle: "Urban planner", locale: "fr" });
    expect(saved.headers.location).toBe("/fr/account?notice=profileSaved");
    const french = await agent.get("/fr/account?notice=profileSaved");
    expect(textOf(french.body)).toContain("Votre profil a été enregistré");
    expect(french.body).toContain('value="Urban planner"');
  });

  it("a second click on a confirmation link says the link no longer works", async () => {
    const agent = new Agent(platform.app);
    await agent.post("/signup", {
      name: "Bo",
      email: "bo@example.org",
      password: "long enough password",
      confirm: "long enough password",
    });
    const link = linkIn((await smtp.waitFor((m) => m.to.includes("bo@example.org"))).text);
    await agent.get(link);
    const again = await agent.get(link);
    expect(again.statusCode).toBe(400);
    expect(textOf(again.body)).toContain("This link does not work");
  });

  it("answers a sign-up with a known email exactly as a new one, and mails the owner instead", async () => {
    const owner = await createUser(platform.deps, { email: "known@example.org", name: "Owner" });
    const fields = { name: "Intruder", password: "another long password", confirm: "another long password" };
    const known = await new Agent(platform.app).post("/signup", { ...fields, email: owner.email });
    const fresh = await new Agent(platform.app).post("/signup", { ...fields, email: "fresh@example.org" });
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.headers.location).toBe(fresh.headers.location);
    const warning = await smtp.waitFor((m) => m.to.includes(owner.email));
    expect(warning.subject).toBe("You already have an account on CityExchange");
    expect(warning.text).toContain("Hello Owner");
    // The owner's password is untouched.
    const signin = await new Agent(platform.app).post("/signin", {
      email: owner.email,
      password: owner.password,
    });
    expect(signin.statusCode).toBe(303);
  });

  it("refuses short, mismatched and over-long values, naming each field, and creates nothing", async () => {
    const agent = new Agent(platform.app);
    const res = await agent.post("/signup", {
      name: "x".repeat(121),
      email: "not-an-email",
      password: "short",
      confirm: "different",
    });
    expect(res.statusCode).toBe(422);
    const text = textOf(res.body);
    expect(text).toContain("Full name must be 120 characters or fewer");
    expect(text).toContain("Email address must be an email address");
    expect(text).toContain("Password must be at least 10 characters");
    expect(res.body).not.toContain('value="short"');
    const mismatch = await agent.post("/signup", {
      name: "Carla",
      email: "carla@example.org",
      password: "long enough password",
      confirm: "long enough passwort",
    });
    expect(textOf(mismatch.body)).toContain("The two passwords do not match");
    const signin = await agent.post("/signin", {
      email: "carla@example.org",
      password: "long enough password",
    });
    expect(signin.statusCode).toBe(422);
  });

  it("mails a newcomer in the language they signed up in", async () => {
    const agent = new Agent(platform.app);
    await agent.post(
      "/es/signup",
      {
        name: "Lucía",
        email: "lucia@example.org",
        password: "contraseña larga",
        confirm: "contraseña larga",
      },
      { csrfFrom: "/es/signup" },
    );
    const mail = await smtp.waitFor((m) => m.to.includes("lucia@example.org"));
    expect(mail.subject).toBe("Confirme su correo electrónico en CityExchange");
    expect(linkIn(mail.text)).toMatch(/^\/es\/confirm\//);
  });
});
