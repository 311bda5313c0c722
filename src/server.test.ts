import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../tests/agent.js";
import { createTestPlatform, engines, type TestPlatform } from "../tests/harness.js";

describe.each(engines)("the platform on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine);
  });
  afterAll(() => platform?.stop());

  it("answers the health check with the engine it runs on", async () => {
    const res = await platform.app.inject("/healthz");
    expect(res.json()).toEqual({ status: "ok", engine });
  });

  it("serves the home page in English, French and Spanish", async () => {
    const agent = new Agent(platform.app);
    expect(textOf((await agent.get("/")).body)).toContain("Cities learning from cities");
    expect(textOf((await agent.get("/fr/")).body)).toContain("Des villes qui apprennent des villes");
    const es = await agent.get("/es");
    expect(es.body).toContain('<html lang="es">');
  });

  it("sends a first-time French visitor to the French pages, once", async () => {
    const agent = new Agent(platform.app, { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" });
    const first = await agent.get("/?x=1");
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe("/fr/?x=1");
    await agent.get("/fr/");
    await agent.get("/"); // the visitor chose English on purpose: no more redirects
    expect((await agent.get("/")).statusCode).toBe(200);
  });

  it("shows a translated 404 page and a JSON error to the API", async () => {
    const page = await platform.app.inject("/es/no-such-page");
    expect(page.statusCode).toBe(404);
    expect(textOf(page.body)).toContain("Página no encontrada");
    const api = await platform.app.inject("/api/v1/no-such-thing");
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("sends a strict content security policy without unsafe-inline", async () => {
    const res = await platform.app.inject("/");
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("refuses a form post without its CSRF token", async () => {
    const res = await platform.app.inject({
      method: "POST",
      url: "/signout",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "x=1",
    });
    expect(res.statusCode).toBe(403);
    expect(textOf(res.body)).toContain("This form has expired");
  });
});
