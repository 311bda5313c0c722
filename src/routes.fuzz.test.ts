import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../tests/agent.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
} from "../tests/factories-directory.js";
import { createPerson, signedIn } from "../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../tests/harness.js";
import {
  alwaysBad,
  anyBad,
  explain,
  findTargets,
  good,
  type Role,
  roles,
  type Session,
  sendTo,
  sessionOf,
  snapshot,
  type Target,
} from "../tests/route-fuzz.js";

/**
 * Every route, for every role, with bad values in every field: never a 5xx, a 4xx (or a redirect)
 * that names the field, and not one row changed. `npm test` runs a bounded, seeded sample;
 * `npm run fuzz` runs more (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

describe.each(engines)("every route and role, with bad input, on %s", (engine) => {
  let platform: TestPlatform;
  const sessions = new Map<Role, Session | undefined>();
  const targets: Target[] = [];
  let membershipId = "1";
  let requests = 0;

  function address(url: string, bad?: string): string {
    return url.replace(/:(\w+)/g, (_m, name: string) => {
      if (bad !== undefined) return encodeURIComponent(bad);
      if (name === "id") return membershipId;
      if (name === "token") return "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
      if (url.startsWith("/places")) return "durban";
      if (url.startsWith("/organisations")) return "unesco";
      return "uclg";
    });
  }

  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uclg",
      acronym: "UCLG",
      name: { en: "United Cities and Local Governments" },
      sections: [{ slug: "africa", kind: "region", name: { en: "Africa" } }],
    });
    await createPlace(db, { slug: "durban", name: "Durban", country: "ZA" });
    await createPlace(db, { slug: "izmir", name: "Izmir", country: "TR" });
    await createOrganisation(db, { slug: "unesco", name: { en: "UNESCO" }, kind: "un_agency" });
    await createMembership(db, { network: "uclg", place: "durban" });
    membershipId = String(
      (await platform.database.execute("select id from memberships limit 1")).rows[0]?.id,
    );
    await createPerson(platform, { email: "member@example.org", roles: { uclg: "member" } });
    await createPerson(platform, { email: "editor@example.org", roles: { uclg: "editor" } });
    await createPerson(platform, { email: "admin@example.org", isAdmin: true });
    const visitor = new Agent(platform.app);
    await visitor.get("/signin");
    sessions.set("visitor", await sessionOf(visitor));
    sessions.set("member", await sessionOf(await signedIn(platform, "member@example.org")));
    sessions.set("editor", await sessionOf(await signedIn(platform, "editor@example.org")));
    sessions.set("admin", await sessionOf(await signedIn(platform, "admin@example.org")));

    // Every page as the admin, the editor and a visitor see it, and the pages a search opens (the
    // form to add a member shows after one).
    const seen = (["admin", "editor", "visitor"] as const).map((role) => sessions.get(role) as Session);
    targets.push(
      ...(await findTargets(platform, seen, (url) => address(url), [
        `${address("/networks/:slug/manage")}?q=iz`,
      ])),
    );
  }, 120_000);
  afterAll(() => platform?.stop());

  it("finds the routes and the forms that post to them", () => {
    const posted = targets.filter((t) => t.method === "POST" && t.fields.length > 0).map((t) => t.url);
    expect(posted).toEqual(
      expect.arrayContaining(["/signup", "/signin", "/account", "/networks/:slug/manage"]),
    );
  });

  function send(target: Target, role: Role, values: Record<string, unknown>, badParam?: string) {
    requests += 1;
    const remoteAddress = `10.${(requests >> 8) & 255}.${requests & 255}.1`;
    return sendTo(platform, target, sessions.get(role), values, address(target.url, badParam), remoteAddress);
  }

  it(
    "answers bad values in any field with a 4xx naming the field, never a 5xx, and changes nothing",
    async () => {
      // Forms that write are where a bad value does harm: they get most of the runs.
      const writes = targets.filter((t) => t.method !== "GET" && t.fields.length > 0);
      const others = targets.filter((t) => !writes.includes(t));
      const run = fc.asyncProperty(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...writes) },
          { weight: 1, arbitrary: fc.constantFrom(...others) },
        ),
        fc.constantFrom(...roles),
        fc.infiniteStream(fc.tuple(fc.nat(3), anyBad)),
        alwaysBad,
        fc.nat(),
        fc.boolean(),
        async (target, role, values, bad, which, inParam) => {
          const fields: Record<string, unknown> = {};
          for (const name of target.fields) {
            const [dice, bad] = values.next().value;
            fields[name] = dice > 0 && name in good ? good[name] : bad;
          }
          // One field at least holds a value that no field accepts.
          const spoiled = target.fields.length ? target.fields[which % target.fields.length] : undefined;
          if (spoiled) fields[spoiled] = bad;
          const badParam = inParam && target.url.includes(":") ? String([bad].flat()[0]) : undefined;
          const before = await snapshot(platform);
          const response = await send(target, role, fields, badParam);
          const why = explain(target, role, fields, response);
          expect(response.statusCode, why).toBeLessThan(500);
          // A form's own fields are read: a bad one is refused (or the visitor sent to sign in).
          // A page may ignore a query parameter it does not know.
          if (target.method !== "GET" && spoiled)
            expect(response.statusCode, why).toBeGreaterThanOrEqual(300);
          if (response.statusCode === 422 && spoiled) {
            if (target.url.startsWith("/api/")) {
              expect(Object.keys(response.json().error.fields ?? {}), why).not.toHaveLength(0);
            } else {
              expect(response.body, why).toContain('id="error-summary-title"');
            }
          }
          // A request that carried a bad value changes nothing (signing out is the one route without fields).
          if (spoiled || badParam) expect(await snapshot(platform), why).toBe(before);
        },
      );
      await fc.assert(run, { numRuns: RUNS, seed: SEED, endOnFailure: true });
    },
    Math.max(60_000, RUNS * 2_000),
  );
});
