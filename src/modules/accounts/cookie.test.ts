import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../../tests/agent.js";
import { createUser, signIn } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

describe.each(engines)("the session cookie behind HTTPS on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, { BASE_URL: "https://cities.example.org" });
  });
  afterAll(() => platform?.stop());

  it("is HttpOnly, SameSite=Lax and Secure", async () => {
    const user = await createUser(platform.deps);
    const response = await signIn(new Agent(platform.app), user.email, user.password);
    const header = [response.headers["set-cookie"]].flat().find((c) => String(c).startsWith("cx_session="));
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/Max-Age=2592000/);
  });
});
