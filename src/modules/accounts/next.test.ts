import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../../tests/agent.js";
import { createUser } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

describe.each(engines)("where sign-in leads on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it("sends the browser back to the page it came from on this site", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    const signedIn = await agent.post("/signin", {
      email: user.email,
      password: user.password,
      next: "/fr/account?x=1",
    });
    expect(signedIn.headers.location).toBe("/fr/account?x=1");
  });

  it.each([
    "/\t/evil.example",
    "//evil.example",
    "/\\evil.example",
    "https:evil.example",
    "javascript:alert(1)",
  ])("never sends it off the site after a sign-in with next=%j", async (next) => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    const signedIn = await agent.post("/signin", { email: user.email, password: user.password, next });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe("/");
  });

  it("never sends a signed-in visitor off the site from the sign-in page's address", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await agent.post("/signin", { email: user.email, password: user.password });
    for (const query of [
      "/%09/evil.example",
      "%2F%09%2Fevil.example",
      "/%5Cevil.example",
      "/.//evil.example",
    ]) {
      const page = await agent.get(`/signin?next=${query}`);
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toBe("/");
    }
  });
});
