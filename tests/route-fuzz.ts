// Reading an app's routes and the forms its pages post, and sending them values: what the route
// fuzz test (src/routes.fuzz.test.ts) walks. The property itself stays in the test.
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import type { Agent } from "./agent.js";
import type { TestPlatform } from "./harness.js";

export type Role = "visitor" | "member" | "editor" | "admin";
export const roles: Role[] = ["visitor", "member", "editor", "admin"];

export interface Session {
  cookie: string;
  csrf: string;
}

export interface Target {
  method: string;
  url: string;
  /** The fields the pages' forms send to this route (or read from its query). */
  fields: string[];
}

/** A value no field accepts: a control character, a string past every length limit, or a list. */
export const alwaysBad = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "\u0007", "x\u001b[2J", "\u007f", "\u0085"),
  fc.string({ minLength: 1, maxLength: 5 }).map((s) => `${s}\u0000${s}`),
  fc.constant("x".repeat(70_000)),
  fc.array(fc.string({ maxLength: 5 }), { minLength: 2, maxLength: 3 }),
);

/** Values that are wrong for many fields and right for some. */
export const anyBad = fc.oneof(
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
export const good: Record<string, string> = {
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
export function formsOf(html: string): { action: string; method: string; fields: string[] }[] {
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

/** A digest of every table's rows: two equal snapshots mean nothing was written. */
export async function snapshot(platform: TestPlatform): Promise<string> {
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

/** The cookies and CSRF token of an agent, to send requests as it. */
export async function sessionOf(agent: Agent | undefined): Promise<Session | undefined> {
  if (!agent) return undefined;
  const csrf = await agent.csrfToken("/password/forgot");
  const cookie = ["cx_session", "_csrf"]
    .map((name) => (agent.cookie(name) ? `${name}=${agent.cookie(name)}` : ""))
    .filter(Boolean)
    .join("; ");
  return { cookie, csrf };
}

/**
 * Every route of the app with the fields it reads: the names its pages' forms post to it (read
 * from the HTML each of `sessions` is shown, most privileged first) and its API schemas' fields.
 */
export async function findTargets(
  platform: TestPlatform,
  sessions: Session[],
  address: (url: string) => string,
  extraPages: string[] = [],
): Promise<Target[]> {
  const targets: Target[] = [];
  // The route table, and the fields each route's forms send, as the most privileged role sees them.
  const routes = platform.app.routeTable.filter(
    (r) => !["HEAD", "OPTIONS"].includes(r.method) && !r.url.startsWith("/assets/") && r.url !== "/healthz",
  );
  const fieldsOf = new Map<string, Set<string>>();
  // Every page, and the pages a search opens (the form to add a member shows after one).
  const pages = routes.filter((r) => r.method === "GET" && !r.url.includes("*")).map((r) => address(r.url));
  pages.push(...extraPages);
  for (const url of pages) {
    for (const session of sessions) {
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
  return targets;
}

/** Sends `values` to a route as a session: a query for GET, JSON for the API, a form otherwise. */
export async function sendTo(
  platform: TestPlatform,
  target: Target,
  session: Session | undefined,
  values: Record<string, unknown>,
  url: string,
  remoteAddress: string,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { cookie: session?.cookie ?? "" };
  if (target.method === "GET" || target.method === "DELETE") {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) for (const item of [v].flat()) query.append(k, String(item));
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

export function explain(
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
