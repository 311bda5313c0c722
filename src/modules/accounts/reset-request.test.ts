import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../../tests/agent.js";
import { createUser } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

describe.each(engines)("a password reset request on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    // No workers: what the request itself does is all there is to see.
    platform = await createTestPlatform(engine, {}, { workers: false });
  });
  afterAll(() => platform?.stop());

  async function rows(sql: string) {
    return (await platform.database.execute(sql)).rows;
  }

  it("does the same work whether or not the email has an account, so its time tells nothing", async () => {
    const user = await createUser(platform.deps);
    const known = await new Agent(platform.app, {}, "198.51.100.1").post("/password/forgot", {
      email: user.email,
    });
    const unknown = await new Agent(platform.app, {}, "198.51.100.2").post("/password/forgot", {
      email: "ghost@example.org",
    });
    expect(known.statusCode).toBe(303);
    expect(unknown.headers.location).toBe(known.headers.location);
    // The same statements, and one queued job each; no link made nor mail written while answering.
    expect(unknown.headers["x-sql-queries"]).toBe(known.headers["x-sql-queries"]);
    const jobs = await rows(
      "select data->>'email' as email from pgboss.job where name = 'accounts-reset' order by created_on",
    );
    expect(jobs.map((j) => j.email)).toEqual([user.email, "ghost@example.org"]);
    expect(await rows("select 1 from email_tokens")).toHaveLength(0);
    expect(await rows("select 1 from outbox")).toHaveLength(0);
  });
});
