import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../tests/agent.js";
import { createNetwork } from "../../tests/factories-directory.js";
import { createPerson, signedIn } from "../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";

async function count(platform: TestPlatform, table: string): Promise<number> {
  const { rows } = await platform.database.execute(`select count(*)::int as n from ${table}`);
  return Number(rows[0]?.n);
}

describe.each(engines)("the text rule on %s", (engine) => {
  let platform: TestPlatform;
  const log: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log.push(String(chunk));
        done();
      },
    });
    platform = await createTestPlatform(engine, { LOG_LEVEL: "info" }, { workers: false, logStream: stream });
    await createNetwork(platform.database.db, { slug: "uclg", acronym: "UCLG", name: { en: "UCLG" } });
    await createPerson(platform, { email: "editor@uclg.org", roles: { uclg: "editor" } });
  });
  afterAll(() => platform?.stop());

  it("refuses a NUL byte in a name at sign-up with a message naming the field, and creates nothing", async () => {
    const users = await count(platform, "users");
    const page = await new Agent(platform.app).post("/signup", {
      name: "Ana\u0000Lima",
      email: "ana@example.org",
      password: "long enough password",
      confirm: "long enough password",
    });
    expect(page.statusCode).toBe(422);
    expect(textOf(page.body)).toContain("Full name contains an invisible control character");
    expect(await count(platform, "users")).toBe(users);
  });

  it("refuses control characters in a job title, and a line break in a one-line field, in the reader's language", async () => {
    const agent = await signedIn(platform, "editor@uclg.org");
    const nul = await agent.post("/account", { name: "Editor", jobTitle: "Planner\u0000", locale: "en" });
    expect(nul.statusCode).toBe(422);
    expect(textOf(nul.body)).toContain("Job title contains an invisible control character");
    const bell = await agent.post(
      "/fr/account",
      { name: "Editor", jobTitle: "\u0007", locale: "fr" },
      { csrfFrom: "/fr/account" },
    );
    expect(textOf(bell.body)).toContain("Fonction contient un caractère de contrôle invisible");
    const broken = await agent.post("/account", { name: "Two\nlines", jobTitle: "", locale: "en" });
    expect(textOf(broken.body)).toContain("Full name must fit on one line");
    expect((await agent.get("/account")).body).toContain('value="editor"');
  });

  it("refuses a NUL byte in the members search with a message instead of a failure", async () => {
    const agent = await signedIn(platform, "editor@uclg.org");
    const page = await agent.get("/networks/uclg/manage?q=ab%00cd");
    expect(page.statusCode).toBe(422);
    expect(textOf(page.body)).toContain("Place name contains an invisible control character");
  });

  it("keeps the failed statement's parameters, passwords, hashes and link tokens out of the log", async () => {
    // A failure the database raises while inserting an account: the statement carries the email and the hash.
    await platform.database.execute("alter table users add constraint users_no_boom check (name <> 'Boom')");
    try {
      log.length = 0;
      const failed = await new Agent(platform.app).post("/signup", {
        name: "Boom",
        email: "boom-secret@example.org",
        password: "a secret password 123",
        confirm: "a secret password 123",
      });
      expect(failed.statusCode).toBe(500);
      const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
      await new Agent(platform.app).get(`/password/reset/${token}`);
      const text = log.join("");
      expect(text).toContain("request failed");
      expect(text).toContain("users_no_boom");
      expect(text).toContain("Failed query: insert into");
      expect(text).not.toContain("boom-secret@example.org");
      expect(text).not.toContain("a secret password 123");
      expect(text).not.toContain("scrypt$");
      expect(text).not.toContain(token);
      expect(text).toContain("/password/reset/[token]");
    } finally {
      await platform.database.execute("alter table users drop constraint users_no_boom");
    }
  });
});
