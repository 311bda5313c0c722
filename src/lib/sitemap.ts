import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { notFound } from "./errors.js";
import { type AppDeps, localePath } from "./http.js";
import { locales } from "./i18n/index.js";

/** A public page for search engines: its path without language prefix, and its last change when known. */
export interface SitemapEntry {
  path: string;
  lastmod?: Date | null;
}

/** One kind of public page a module lists in the sitemap: how many there are, and a slice of them. */
export interface SitemapSource {
  /** Names the source's files, `/sitemaps/<name>-<n>.xml`: lower-case letters, digits and dashes. */
  name: string;
  count(deps: AppDeps): Promise<number>;
  /** At most `limit` entries from `offset`, in an order that stays the same from one call to the next. */
  list(deps: AppDeps, range: { offset: number; limit: number }): Promise<SitemapEntry[]>;
}

/** A source of a few fixed pages: a module's home or list pages. */
export function fixedPages(name: string, paths: string[]): SitemapSource {
  return {
    name,
    count: async () => paths.length,
    list: async (_deps, { offset, limit }) => paths.slice(offset, offset + limit).map((path) => ({ path })),
  };
}

/** The protocol's limit per file, in <url> elements; each path has one per language. */
const urlsPerFile = 50_000;
export const pathsPerFile = Math.floor(urlsPerFile / locales.length);
/** Entries read from a source at a time, so a file of 16,000 paths never sits whole in memory. */
const chunk = 1_000;
const fileName = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([1-9]\d{0,5})\.xml$/;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);

/** One <url> per language, each naming all three and x-default (the English address, which follows the browser's language on a first visit). */
function urlsOf(base: string, entry: SitemapEntry): string {
  const href = (locale: (typeof locales)[number]) => escapeXml(base + localePath(locale, entry.path));
  const links =
    locales.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${href(l)}"/>`).join("") +
    `<xhtml:link rel="alternate" hreflang="x-default" href="${href("en")}"/>`;
  const lastmod = entry.lastmod ? `<lastmod>${entry.lastmod.toISOString()}</lastmod>` : "";
  return locales.map((l) => `<url><loc>${href(l)}</loc>${lastmod}${links}</url>\n`).join("");
}

interface Slice {
  source: SitemapSource;
  offset: number;
  limit: number;
}

/** A <urlset> of the given slices, read a chunk at a time and sent as it is written. */
async function* urlset(deps: AppDeps, slices: Slice[]): AsyncGenerator<string> {
  const base = deps.config.baseUrl;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
  for (const { source, offset, limit } of slices) {
    for (let done = 0; done < limit; ) {
      const entries = await source.list(deps, {
        offset: offset + done,
        limit: Math.min(chunk, limit - done),
      });
      if (entries.length > 0) yield entries.map((entry) => urlsOf(base, entry)).join("");
      if (entries.length < Math.min(chunk, limit - done)) break;
      done += entries.length;
    }
  }
  yield "</urlset>\n";
}

function sitemapIndex(base: string, files: string[]): string {
  const items = files.map((f) => `<sitemap><loc>${escapeXml(`${base}/sitemaps/${f}`)}</loc></sitemap>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("")}</sitemapindex>\n`;
}

/** robots.txt: every module's private paths in every language, and where the sitemap is. */
export function robotsTxt(base: string, privatePaths: string[]): string {
  const disallowed = privatePaths.flatMap((path) => locales.map((l) => `Disallow: ${localePath(l, path)}`));
  return ["User-agent: *", ...disallowed, "", `Sitemap: ${base}/sitemap.xml`, ""].join("\n");
}

/**
 * `/sitemap.xml` from the modules' sources: one file while every page fits in 50,000 addresses,
 * else an index of files per source (`/sitemaps/places-3.xml`); and `/robots.txt`.
 */
export function registerSitemap(
  app: FastifyInstance,
  deps: AppDeps,
  modules: { sitemap?: SitemapSource[]; privatePaths?: string[] }[],
): void {
  const sources = modules.flatMap((m) => m.sitemap ?? []);
  const byName = new Map(sources.map((s) => [s.name, s]));
  if (byName.size !== sources.length) throw new Error("Two sitemap sources share a name");
  const base = deps.config.baseUrl;
  const xml = "application/xml; charset=utf-8";
  const robots = robotsTxt(
    base,
    modules.flatMap((m) => m.privatePaths ?? []),
  );

  app.get(
    "/robots.txt",
    { schema: { hide: true }, config: { publicCache: { tables: [] } } },
    (_request, reply) => reply.type("text/plain; charset=utf-8").send(robots),
  );

  app.get(
    "/sitemap.xml",
    { schema: { hide: true }, config: { publicCache: true } },
    async (_request, reply) => {
      const counts = await Promise.all(sources.map((s) => s.count(deps)));
      const total = counts.reduce((a, b) => a + b, 0);
      if (total <= pathsPerFile) {
        const all = sources.map((source) => ({ source, offset: 0, limit: Number.POSITIVE_INFINITY }));
        return reply.type(xml).send(Readable.from(urlset(deps, all)));
      }
      const files = sources.flatMap((s, i) =>
        Array.from({ length: Math.ceil(counts[i] / pathsPerFile) }, (_, n) => `${s.name}-${n + 1}.xml`),
      );
      return reply.type(xml).send(sitemapIndex(base, files));
    },
  );

  app.get(
    "/sitemaps/:file",
    { schema: { hide: true }, config: { publicCache: true } },
    async (request, reply) => {
      const match = fileName.exec((request.params as { file: string }).file);
      const source = match && byName.get(match[1]);
      const offset = match ? (Number(match[2]) - 1) * pathsPerFile : 0;
      if (!source || offset >= (await source.count(deps))) throw notFound();
      return reply.type(xml).send(Readable.from(urlset(deps, [{ source, offset, limit: pathsPerFile }])));
    },
  );
}
