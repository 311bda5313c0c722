import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../tests/agent.js";
import { signedInPerson } from "../tests/factories-manage.js";
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
    expect(String(first.headers.vary)).toMatch(/accept-language/i);
    expect(first.headers["cache-control"]).toBe("private, no-store");
    expect((await agent.get("/fr/")).statusCode).toBe(200);
    expect(agent.cookie("lang")).toBe("fr");
  });

  it("keeps a visitor's language: the bare address goes to it and the choice is not rewritten", async () => {
    const agent = new Agent(platform.app);
    await agent.get("/fr/networks");
    expect(agent.cookie("lang")).toBe("fr");
    for (const [bare, french] of [
      ["/", "/fr/"],
      ["/directory", "/fr/directory"],
      ["/directory?country=FR", "/fr/directory?country=FR"],
    ]) {
      const res = await agent.get(bare);
      expect(res.statusCode, bare).toBe(302);
      expect(res.headers.location).toBe(french);
      expect(String(res.headers.vary)).toMatch(/cookie/i);
      expect(res.headers["set-cookie"]).toBeUndefined();
    }
    expect(agent.cookie("lang")).toBe("fr");
    // Files, the sitemap and the API are not pages in a language: never redirected.
    expect((await agent.get("/robots.txt")).statusCode).toBe(200);
    expect((await agent.get("/sitemap.xml")).statusCode).toBe(200);
    expect((await agent.get("/api/v1/networks")).statusCode).toBe(200);
  });

  it("reads Accept-Language on a first visit only: a chosen language wins over the browser's", async () => {
    const spanishBrowser = new Agent(platform.app, { "accept-language": "es" });
    await spanishBrowser.get("/fr/");
    expect((await spanishBrowser.get("/networks")).headers.location).toBe("/fr/networks");
    const englishOnPurpose = new Agent(platform.app, { "accept-language": "es" });
    expect((await englishOnPurpose.get("/en/networks")).headers.location).toBe("/networks");
    const page = await englishOnPurpose.get("/networks");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="en">');
  });

  it("lets a French visitor switch back to English through the language switcher, with no loop", async () => {
    const agent = new Agent(platform.app);
    const french = await agent.get("/fr/directory?country=FR");
    const english = /<a href="([^"]+)" lang="en"/.exec(french.body)?.[1];
    expect(english).toBe("/en/directory?country=FR");
    const switched = await agent.get(String(english));
    expect(switched.statusCode).toBe(302);
    expect(switched.headers.location).toBe("/directory?country=FR");
    expect(agent.cookie("lang")).toBe("en");
    const page = await agent.get("/directory?country=FR");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="en">');
    // Each language's address still answers directly, whatever was chosen before.
    expect((await agent.get("/es/networks")).statusCode).toBe(200);
    expect((await agent.get("/fr/networks")).statusCode).toBe(200);
  });

  it("lets crawlers reach every language's address directly", async () => {
    for (const url of ["/", "/fr/", "/es/", "/networks", "/fr/networks", "/es/networks"]) {
      const res = await platform.app.inject(url);
      expect(res.statusCode, url).toBe(200);
    }
    const home = await platform.app.inject("/fr/");
    expect(home.body).toContain('<link rel="alternate" hreflang="es" href="/es/"/>');
    expect(home.body).toContain('<link rel="alternate" hreflang="en" href="/"/>');
  });

  it("shows a signed-in person the site in their profile's language", async () => {
    const amina = await signedInPerson(platform, { email: "amina@dakar.sn", locale: "fr" });
    const home = await amina.get("/networks");
    expect(home.statusCode).toBe(302);
    expect(home.headers.location).toBe("/fr/networks");
    expect(home.headers["cache-control"]).toBe("private, no-store");
    // A cookie left by an earlier visit does not outweigh the profile.
    const ben = await signedInPerson(platform, { email: "ben@leeds.gov.uk", locale: "en" });
    await ben.get("/es/networks");
    const page = await ben.get("/networks");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="en">');
  });

  it("never serves an English page kept for others to a visitor who chose French", async () => {
    const crawler = () => platform.app.inject("/organisations");
    await crawler();
    for (let i = 0; i < 50 && (await crawler()).headers["x-cache"] !== "hit"; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect((await crawler()).headers["x-cache"]).toBe("hit");
    const french = await platform.app.inject({ url: "/organisations", headers: { cookie: "lang=fr" } });
    expect(french.statusCode).toBe(302);
    expect(french.headers.location).toBe("/fr/organisations");
    const firstVisit = await platform.app.inject({
      url: "/organisations",
      headers: { "accept-language": "es" },
    });
    expect(firstVisit.headers.location).toBe("/es/organisations");
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
