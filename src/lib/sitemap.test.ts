import type { RouteOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../tests/agent.js";
import { createUser } from "../../tests/factories.js";
import {
  createMembership,
  createNetwork,
  createOrganisation,
  createPlace,
} from "../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { modules } from "../modules/index.js";
import { notFound } from "./errors.js";
import type { Module } from "./module.js";

const base = "http://localhost:3000";
const recorded: RouteOptions[] = [];
/** Sees every route the modules after it add. */
const recorder: Module = {
  name: "recorder",
  routes(app) {
    app.addHook("onRoute", (route) => void recorded.push(route));
  },
};

/** A module of its own for the test, listing as many pages as a test asks, and how it was asked. */
let probePages = 0;
const asked: number[] = [];
const probeModule: Module = {
  name: "probe",
  sitemap: [
    {
      name: "probe",
      count: async () => probePages,
      list: async (_deps, { offset, limit }) => {
        asked.push(limit);
        const end = Math.min(offset + limit, probePages);
        return Array.from({ length: Math.max(end - offset, 0) }, (_, i) => ({
          path: `/probe/page-${offset + i}`,
        }));
      },
    },
  ],
};

/**
 * A module with drafts, as news or events will have: a note's page is public once published, a
 * draft answers 404 to a visitor, and its sitemap source lists published notes only.
 */
const notesModule: Module = {
  name: "notes",
  routes(app, { database }) {
    app.get(
      "/notes/:slug",
      { schema: { hide: true }, config: { publicCache: { tables: ["notes"] } } },
      async (request, reply) => {
        const { slug } = request.params as { slug: string };
        const { rows } = await database.execute("select title from notes where slug = $1 and not draft", [
          slug,
        ]);
        if (!rows[0]) throw notFound();
        return reply.type("text/html; charset=utf-8").send(`<!doctype html><title>${rows[0].title}</title>`);
      },
    );
  },
  sitemap: [
    {
      name: "notes",
      count: async ({ database }) =>
        Number((await database.execute("select count(*) as n from notes where not draft")).rows[0]?.n),
      list: async ({ database }, { offset, limit }) => {
        const { rows } = await database.execute(
          "select slug from notes where not draft order by id limit $1 offset $2",
          [limit, offset],
        );
        return rows.map((row) => ({ path: `/notes/${row.slug}` }));
      },
    },
  ],
};

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe.each(engines)("the sitemap and robots.txt, on %s", (engine) => {
  let platform: TestPlatform;
  let visitor: Agent;
  beforeAll(async () => {
    recorded.length = 0;
    platform = await createTestPlatform(
      engine,
      {},
      { workers: false, modules: [recorder, ...modules, probeModule, notesModule] },
    );
    visitor = new Agent(platform.app);
    await platform.database.execute(
      "create table notes (id serial primary key, slug text not null unique, title text not null, draft boolean not null)",
    );
    await platform.database.execute(
      "insert into notes (slug, title, draft) values ('published-note', 'Published', false), ('draft-note', 'Draft', true)",
    );
    const db = platform.database.db;
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "United Cities" } });
    await createNetwork(db, { slug: "uccn", acronym: "UCCN", name: { en: "Creative Cities" } });
    await createPlace(db, { slug: "durban", name: "Durban", country: "ZA" });
    await createPlace(db, { slug: "izmir", name: "İzmir", country: "TR" });
    await createPlace(db, { slug: "bogota", name: "Bogotá", country: "CO" });
    await createMembership(db, { network: "uclg", place: "durban", sinceYear: 2004 });
    await createOrganisation(db, { slug: "un-habitat", kind: "un_agency", name: { en: "UN-Habitat" } });
    await createUser(platform.deps, { isAdmin: true });
  });
  afterAll(() => platform?.stop());

  it("lists every public page and no private one", async () => {
    probePages = 0;
    // Public pages: the kept routes that answer a signed-out visitor with HTML; a route with a
    // slug has a page per record of the table its path names that a visitor may see (no draft).
    const expected = new Set<string>();
    const gets = recorded.filter((r) => [r.method].flat().includes("GET") && r.config?.publicCache);
    for (const route of gets) {
      if (!route.url.includes(":")) {
        const res = await visitor.get(route.url);
        if (res.statusCode === 200 && String(res.headers["content-type"]).startsWith("text/html")) {
          expected.add(route.url);
        }
        continue;
      }
      const kind = /^\/(\w+)\/:slug$/.exec(route.url)?.[1];
      if (!kind) continue;
      const { rows } = await platform.database.execute(`select slug from ${kind}`);
      for (const row of rows) {
        const path = `/${kind}/${row.slug}`;
        if ((await visitor.get(path)).statusCode === 200) expected.add(path);
      }
    }
    expect(expected.size).toBeGreaterThan(8);
    expect(expected).toContain("/notes/published-note");
    expect(expected).not.toContain("/notes/draft-note");

    const sitemap = await visitor.get("/sitemap.xml");
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers["content-type"]).toContain("application/xml");
    const listed = locs(sitemap.body).map((loc) => loc.slice(base.length));
    expect(new Set(listed.filter((path) => !/^\/(fr|es)(\/|$)/.test(path)))).toEqual(expected);
    expect(listed).toHaveLength(expected.size * 3);
    for (const path of listed) {
      expect(path).not.toMatch(/admin|account|manage|editors|invitations|signin|signup|password/);
      // As a crawler asks: no cookie, each language's address reached directly.
      expect((await platform.app.inject(path)).statusCode, path).toBe(200);
    }
  });

  it("never lists a draft: a module's page a visitor cannot see stays out in every language", async () => {
    probePages = 0;
    const listed = locs((await visitor.get("/sitemap.xml")).body);
    expect(listed).toContain(`${base}/es/notes/published-note`);
    expect(listed.filter((loc) => loc.includes("draft-note"))).toEqual([]);
    expect((await visitor.get("/notes/draft-note")).statusCode).toBe(404);
  });

  it("gives each address its three languages and x-default, and the record's last change", async () => {
    const body = (await visitor.get("/sitemap.xml")).body;
    const entry = /<url><loc>http:\/\/localhost:3000\/fr\/places\/durban<\/loc>.*?<\/url>/.exec(body)?.[0];
    expect(entry).toMatch(/<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/);
    for (const [lang, href] of [
      ["en", "/places/durban"],
      ["fr", "/fr/places/durban"],
      ["es", "/es/places/durban"],
      ["x-default", "/places/durban"],
    ]) {
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="${lang}" href="${base}${href}"/>`);
    }
  });

  it("becomes an index of files of at most 50,000 addresses each, read a thousand paths at a time", async () => {
    probePages = 40_000;
    asked.length = 0;
    const index = await visitor.get("/sitemap.xml");
    expect(index.body).toContain("<sitemapindex");
    const files = locs(index.body);
    expect(files).toContain(`${base}/sitemaps/places-1.xml`);
    expect(files.filter((f) => f.includes("/sitemaps/probe-"))).toEqual(
      [1, 2, 3].map((n) => `${base}/sitemaps/probe-${n}.xml`),
    );

    const first = (await visitor.get("/sitemaps/probe-1.xml")).body;
    const urls = first.match(/<url>/g)?.length ?? 0;
    expect(urls).toBeLessThanOrEqual(50_000);
    expect(urls).toBeGreaterThan(49_000);
    const last = (await visitor.get("/sitemaps/probe-3.xml")).body;
    expect(locs(last)[0]).toBe(`${base}/probe/page-${2 * (urls / 3)}`);
    expect(locs(last).at(-1)).toBe(`${base}/es/probe/page-39999`);
    expect(Math.max(...asked)).toBeLessThanOrEqual(1_000);
    expect((await visitor.get("/sitemaps/probe-4.xml")).statusCode).toBe(404);
    expect((await visitor.get("/sitemaps/nothing-1.xml")).statusCode).toBe(404);
    probePages = 0;
  });

  it("keeps crawlers out of private areas in every language and says where the sitemap is", async () => {
    const res = await visitor.get("/robots.txt");
    expect(res.headers["content-type"]).toContain("text/plain");
    const lines = res.body.split("\n");
    for (const line of [
      "User-agent: *",
      "Disallow: /admin",
      "Disallow: /fr/admin",
      "Disallow: /account",
      "Disallow: /es/account",
      "Disallow: /networks/*/manage",
      "Disallow: /fr/networks/*/editors",
      `Sitemap: ${base}/sitemap.xml`,
    ]) {
      expect(lines).toContain(line);
    }
    expect(res.body).not.toMatch(/Disallow: \/(directory|places|networks|organisations)?$/m);
  });
});
