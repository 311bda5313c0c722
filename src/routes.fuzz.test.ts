import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
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

/**
 * Every route, for every role, with bad values in every field: never a 5xx, a 4xx (or a redirect)
 * that names the field, and not one row changed. `npm test` runs a bounded, seeded sample;
 * `npm run fuzz` runs more (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

type Role = "visitor" | "member" | "editor" | "admin";
const roles: Role[] = ["visitor", "member", "editor", "admin"];

interface Session {
  cookie: string;
  csrf: string;
}

interface Target {
  method: string;
  url: string;
  /** The fields the pages' forms send to this route (or read from its query). */
  fields: string[];
}

/** A value no field accepts: a control character, a string past every length limit, or a list. */
const alwaysBad = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "\u0007", "x\u001b[2J", "\u007f", "\u0085"),
  fc.string({ minLength: 1, maxLength: 5 }).map((s) => `${s}\u0000${s}`),
  fc.constant("x".repeat(70_000)),
  fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }),
);

/** Values that are wrong for many fields and right for some. */
const anyBad = fc.oneof(
  alwaysBad,
  fc.constantFrom("", " ", "0x10", "1e400", "-1", "NaN", "Infinity", "null", "[]", "{}", "true"),
  fc.constantFrom(
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u202eevil",
    "\ud800",
    "ｆｕｌｌ",
    "Ω≈ç√",
    "😀".repeat(50),
    "<script>x</script>",
  ),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
);

/**
 * A value each field accepts, so that one bad field among good ones reaches as deep as it can: a
 * bad value behind a refused email never gets near the database.
 */
const good: Record<string, string> = {
  email: "member@example.org",
  password: "correct horse battery staple",
  currentPassword: "correct horse battery staple",
  newPassword: "a new long secret",
  confirm: "a new long secret",
  name: "Ana Lima",
  jobTitle: "Urban planner",
  locale: "fr",
  q: "iz",
  place: "izmir",
  section: "africa",
  sinceYear: "2001",
  status: "active",
  comment: "Checked with the secretariat",
  network: "uclg",
  country: "ZA",
  region: "africa",
  kind: "city",
  page: "1",
  perPage: "10",
  lang: "fr",
  next: "/account",
};

/** The names a page's forms post to each address, read from the HTML the role is shown. */
function formsOf(html: string): { action: string; method: string; fields: string[] }[] {
  const forms: { action: string; method: string; fields: string[] }[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attributes = match[1];
    const action = /action="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const method = (/method="([^"]*)"/.exec(attributes)?.[1] ?? "get").toLowerCase();
    const fields = [...match[2].matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((name) => name !== "_csrf");
    forms.push({ action: action.replace(/&amp;/g, "&").split("?")[0], method, fields });
  }
  return forms;
}

describe.each(engines)("every route and role, with bad input, on %s", (engine) => {
  let platform: TestPlatform;
  const sessions = new Map<Role, Session | undefined>();
  const targets: Target[] = [];
  let membershipId = "1";
  let requests = 0;

  async function snapshot(): Promise<string> {
    const { rows } = await platform.database.execute(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    );
    const parts: string[] = [];
    for (const { table_name } of rows) {
      const result = await platform.database.execute(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table_name}" t`,
      );
      parts.push(`${table_name}:${result.rows[0]?.h}`);
    }
    return parts.join("\n");
  }

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

  async function sessionOf(agent: Agent | undefined): Promise<Session | undefined> {
    if (!agent) return undefined;
    const csrf = await agent.csrfToken("/password/forgot");
    const cookie = ["cx_session", "_csrf"]
      .map((name) => (agent.cookie(name) ? `${name}=${agent.cookie(name)}` : ""))
      .filter(Boolean)
      .join("; ");
    return { cookie, csrf };
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

    // The route table, and the fields each route's forms send, as the most privileged role sees them.
    const routes = platform.app.routeTable.filter(
      (r) => !["HEAD", "OPTIONS"].includes(r.method) && !r.url.startsWith("/assets/") && r.url !== "/healthz",
    );
    const fieldsOf = new Map<string, Set<string>>();
    const admin = sessions.get("admin") as Session;
    const editor = sessions.get("editor") as Session;
    // Every page, and the pages a search opens (the form to add a member shows after one).
    const pages = routes.filter((r) => r.method === "GET" && !r.url.includes("*")).map((r) => address(r.url));
    pages.push(`${address("/networks/:slug/manage")}?q=iz`);
    for (const url of pages) {
      for (const session of [admin, editor, sessions.get("visitor") as Session]) {
        const page = await platform.app.inject({
          url,
          headers: { cookie: session.cookie },
        });
        if (!String(page.headers["content-type"]).startsWith("text/html")) continue;
        for (const form of formsOf(page.body)) {
          const key = `${form.method === "post" ? "POST" : "GET"} ${form.action || url.split("?")[0]}`;
          const set = fieldsOf.get(key) ?? new Set<string>();
          for (const f of form.fields) set.add(f);
          fieldsOf.set(key, set);
        }
      }
    }
    for (const route of routes) {
      const fields = new Set<string>();
      const pattern = new RegExp(`^${address(route.url).replace(/[.?+]/g, "\\$&")}$`);
      for (const [key, set] of fieldsOf) {
        const [method, action] = key.split(" ");
        if (method === route.method && pattern.test(action)) for (const f of set) fields.add(f);
      }
      // The API's routes say what they read in their schemas.
      for (const part of [route.schema?.body, route.schema?.querystring]) {
        const shape = (part as { shape?: Record<string, unknown> } | undefined)?.shape;
        for (const f of Object.keys(shape ?? {})) fields.add(f);
      }
      targets.push({ method: route.method, url: route.url, fields: [...fields] });
    }
  }, 120_000);
  afterAll(() => platform?.stop());

  it("finds the routes and the forms that post to them", () => {
    const posted = targets.filter((t) => t.method === "POST" && t.fields.length > 0).map((t) => t.url);
    expect(posted).toEqual(
      expect.arrayContaining(["/signup", "/signin", "/account", "/networks/:slug/manage"]),
    );
  });

  async function send(target: Target, role: Role, values: Record<string, unknown>, badParam?: string) {
    const session = sessions.get(role);
    const url = address(target.url, badParam);
    const headers: Record<string, string> = { cookie: session?.cookie ?? "" };
    requests += 1;
    const remoteAddress = `10.${(requests >> 8) & 255}.${requests & 255}.1`;
    if (target.method === "GET" || target.method === "DELETE") {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(values))
        for (const item of [v].flat()) query.append(k, String(item));
      return platform.app.inject({
        method: target.method as "GET",
        url: `${url}?${query}`,
        headers,
        remoteAddress,
      });
    }
    if (url.startsWith("/api/")) {
      return platform.app.inject({
        method: target.method as "POST",
        url,
        headers: { ...headers, "x-csrf-token": session?.csrf ?? "", "content-type": "application/json" },
        payload: JSON.stringify(values),
        remoteAddress,
      });
    }
    const body = new URLSearchParams({ _csrf: session?.csrf ?? "" });
    for (const [k, v] of Object.entries(values)) for (const item of [v].flat()) body.append(k, String(item));
    return platform.app.inject({
      method: target.method as "POST",
      url,
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
      remoteAddress,
    });
  }

  function explain(
    target: Target,
    role: Role,
    values: Record<string, unknown>,
    response: LightMyRequestResponse,
  ) {
    const shown = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, JSON.stringify(v).slice(0, 60)]),
    );
    return `${target.method} ${target.url} as ${role} with ${JSON.stringify(shown)} -> ${response.statusCode} ${response.body.slice(0, 300)}`;
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
          const before = await snapshot();
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
          if (spoiled || badParam) expect(await snapshot(), why).toBe(before);
        },
      );
      await fc.assert(run, { numRuns: RUNS, seed: SEED, endOnFailure: true });
    },
    Math.max(60_000, RUNS * 2_000),
  );
});
