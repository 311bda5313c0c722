import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../tests/agent.js";
import { createUser } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

/** A new X-Forwarded-For value for every request: what a client picking its own address sends. */
let forged = 0;
const freshForwardedFor = () => ({ "x-forwarded-for": `203.0.113.${(forged++ % 250) + 1}` });

describe.each(engines)("rate limits on %s", (engine) => {
  let platform: TestPlatform;
  let proxied: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
  });
  afterAll(async () => {
    await platform?.stop();
    await proxied?.stop();
  });

  it("limits sixteen guesses at one account even when each claims a new X-Forwarded-For", async () => {
    const user = await createUser(platform.deps);
    const agent = new Agent(platform.app, {}, "198.51.100.1");
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) {
      const response = await agent.post(
        "/signin",
        { email: user.email, password: `guess ${i}` },
        { headers: freshForwardedFor() },
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(422));
    expect(statuses.slice(10)).toEqual(Array(6).fill(429));
    // The right password is refused too while the account's counter is spent.
    const right = await agent.post("/signin", { email: user.email, password: user.password });
    expect(right.statusCode).toBe(429);
  });

  it("limits one address guessing at many accounts, whatever address it claims", async () => {
    const agent = new Agent(platform.app, {}, "198.51.100.2");
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await agent.post(
        "/signin",
        { email: `nobody-${i}@example.org`, password: "guess" },
        { headers: freshForwardedFor() },
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(422));
    expect(statuses[20]).toBe(429);
  });

  it("counts only failed sign-ins, so colleagues behind one address are not locked out", async () => {
    const user = await createUser(platform.deps);
    for (let i = 0; i < 25; i++) {
      const agent = new Agent(platform.app, {}, "198.51.100.3");
      const response = await agent.post("/signin", { email: user.email, password: user.password });
      expect(response.statusCode).toBe(303);
    }
  });

  it("does not let one client send reset mails to any number of addresses", async () => {
    const agent = new Agent(platform.app, {}, "198.51.100.4");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await agent.post(
        "/fr/password/forgot",
        { email: `someone-${i}@example.org` },
        { headers: freshForwardedFor(), csrfFrom: "/fr/password/forgot" },
      );
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(303));
    expect(statuses[10]).toBe(429);
  });

  it("does not let many addresses send one address any number of reset mails", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const agent = new Agent(platform.app, {}, `198.51.100.${10 + i}`);
      statuses.push((await agent.post("/password/forgot", { email: "Target@Example.org " })).statusCode);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
  });

  it("limits sign-ups per email, so an account's owner is not flooded with mails", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const agent = new Agent(platform.app, {}, `198.51.100.${20 + i}`);
      const response = await agent.post("/signup", {
        name: "Flood",
        email: "flooded@example.org",
        password: "long enough password",
        confirm: "long enough password",
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
  });

  it("answers a limited request with a translated page and a Retry-After header", async () => {
    const agent = new Agent(platform.app, {}, "198.51.100.30");
    let last = await agent.post(
      "/es/password/forgot",
      { email: "x@example.org" },
      { csrfFrom: "/es/password/forgot" },
    );
    for (let i = 0; i < 3; i++)
      last = await agent.post(
        "/es/password/forgot",
        { email: "x@example.org" },
        { csrfFrom: "/es/password/forgot" },
      );
    expect(last.statusCode).toBe(429);
    expect(textOf(last.body)).toContain("Demasiados intentos");
    expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("counts the forwarded address only when TRUST_PROXY names the proxy it came through", async () => {
    proxied = await createTestPlatform(engine, { TRUST_PROXY: "127.0.0.1" }, { workers: false });
    const viaProxy = new Agent(proxied.app);
    const reset = (agent: Agent, address: string, i: number) =>
      agent.post(
        "/password/forgot",
        { email: `r-${address}-${i}@example.org` },
        { headers: { "x-forwarded-for": address } },
      );
    // Eleven clients behind the proxy, one request each: none is limited.
    for (let i = 0; i < 11; i++) expect((await reset(viaProxy, `192.0.2.${i + 1}`, i)).statusCode).toBe(303);
    // One client behind the proxy: limited after ten, the others are not.
    for (let i = 0; i < 9; i++) expect((await reset(viaProxy, "192.0.2.1", 100 + i)).statusCode).toBe(303);
    expect((await reset(viaProxy, "192.0.2.1", 200)).statusCode).toBe(429);
    expect((await reset(viaProxy, "192.0.2.2", 200)).statusCode).toBe(303);
    // A client reaching the app directly cannot pose as someone behind the proxy.
    const direct = new Agent(proxied.app, {}, "198.51.100.40");
    for (let i = 0; i < 10; i++) expect((await reset(direct, `192.0.2.${i + 50}`, i)).statusCode).toBe(303);
    expect((await reset(direct, "192.0.2.99", 0)).statusCode).toBe(429);
  });
});
