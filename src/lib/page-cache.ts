import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import {
  cacheable,
  cacheKey,
  canonicalAddress,
  knownNames,
  options,
  querySchema,
} from "./page-cache.keys.js";

interface Entry {
  body: Buffer;
  /** The handler's own headers worth repeating (see `replayed`). */
  headers: Record<string, string>;
  etag: string;
  size: number;
  /** The tables it is drawn from; `null` for every table. */
  tables: readonly string[] | null;
}

/**
 * Headers a handler may set that belong to the answer itself, so a kept answer carries them too.
 * The others are either set afresh on every request (security headers, cookies, the request id)
 * or computed when sending (length, encoding).
 */
const replayed = [
  "content-type",
  "vary",
  "cache-control",
  "content-language",
  "link",
  "access-control-allow-origin",
];

/** Cookies a kept answer may have set: they are set again, per visitor, on every request. */
const harmlessCookies = new Set(["lang"]);

/**
 * Rendered answers for signed-out visitors, least recently used first out, within a byte budget.
 * A committed change to a table forgets the answers drawn from it (see db/changes.ts); so does
 * every write statement this process sends, so that it sees its own writes before their
 * notification arrives. Changes to private tables forget nothing.
 */
export class ResponseCache {
  #entries = new Map<string, Entry>();
  #bytes = 0;
  #suspended = false;
  readonly #private: ReadonlySet<string>;
  /** Counts changes; each table remembers the count at its last change. */
  #clock = 0;
  #changedAt = new Map<string, number>();
  /** The count at the last change that may have touched any table. */
  #everythingAt = 0;
  /** The count at the last change to any table at all. */
  #anythingAt = 0;
  /** Values kept by `kept`, few and small: forgotten only by being recomputed. */
  #values = new Map<string, { value: unknown; generation: number }>();

  constructor(
    readonly maxBytes: number,
    options: { privateTables?: Iterable<string> } = {},
  ) {
    this.#private = new Set(options.privateTables ?? []);
  }

  get enabled(): boolean {
    return this.maxBytes > 0 && !this.#suspended;
  }

  /** A mark to give `put`, taken before reading the data a page is drawn from. */
  get generation(): number {
    return this.#clock;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Entry | undefined {
    if (!this.enabled) return undefined;
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps an answer rendered from the data of `generation`; a change since then to a table it is drawn from makes it stale. */
  put(key: string, entry: Entry, generation: number): void {
    // One answer may take an eighth of the budget at most, so a few huge pages cannot crowd out the rest.
    if (!this.enabled || entry.size > this.maxBytes / 8 || this.#changedSince(entry, generation)) return;
    this.#drop(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.size;
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(oldest);
    }
  }

  /** Forgets what `table` changes (every answer when `null`, for a change that may touch any table). */
  changed(table: string | null): void {
    if (table !== null && this.#private.has(table)) return;
    this.#clock++;
    this.#anythingAt = this.#clock;
    if (table === null) {
      this.#everythingAt = this.#clock;
      this.#entries.clear();
      this.#bytes = 0;
      return;
    }
    this.#changedAt.set(table, this.#clock);
    for (const [key, entry] of this.#entries) {
      if (entry.tables === null || entry.tables.includes(table)) this.#drop(key);
    }
  }

  /**
   * A value computed from the given tables (a block's figures), kept like a page: until one of
   * them changes. Signed-in people, whose pages are rendered afresh, then share it too.
   */
  async kept<T>(key: string, tables: readonly string[], compute: () => Promise<T>): Promise<T> {
    const held = this.#values.get(key);
    if (held && this.enabled && !this.#changedSince({ tables }, held.generation)) return held.value as T;
    const generation = this.#clock;
    const value = await compute();
    if (this.enabled) this.#values.set(key, { value, generation });
    return value;
  }

  /** Forgets every answer. */
  invalidate(): void {
    this.changed(null);
  }

  /** While changes may go unheard (the notification connection is down), nothing is served or kept. */
  suspend(): void {
    this.#suspended = true;
    this.invalidate();
  }

  resume(): void {
    this.invalidate();
    this.#suspended = false;
  }

  #changedSince(entry: { tables: readonly string[] | null }, generation: number): boolean {
    if (this.#everythingAt > generation) return true;
    if (entry.tables === null) return this.#anythingAt > generation;
    return entry.tables.some((table) => (this.#changedAt.get(table) ?? 0) > generation);
  }

  #drop(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.size;
    this.#entries.delete(key);
  }
}

const pending = new WeakMap<
  FastifyRequest,
  { key: string; generation: number; tables: readonly string[] | null }
>();

/** Whether the browser's If-None-Match names this ETag (a list, weak or strong, or "*"). */
export function alreadyHas(request: FastifyRequest, etag: string): boolean {
  const given = request.headers["if-none-match"];
  if (!given) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return given.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

function setsPersonalCookie(reply: FastifyReply): boolean {
  const header = reply.getHeader("set-cookie");
  const cookies = header === undefined ? [] : Array.isArray(header) ? header : [String(header)];
  return cookies.some((c) => !harmlessCookies.has(c.slice(0, c.indexOf("="))));
}

/**
 * Serves kept answers before the handler runs, and keeps new ones. Register it before the
 * compression plugin, so what is kept is the plain body, compressed afresh for each client.
 */
export function registerResponseCache(app: FastifyInstance, cache: ResponseCache): void {
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    const option = options(request);
    if (!option) return;
    const { schema, validated } = querySchema(request);
    const known = knownNames(request, schema);
    const canonical = known && canonicalAddress(request, known);
    if (canonical) return reply.redirect(canonical, 301);
    if (!cacheable(request)) return;
    const key = cacheKey(request, schema, validated);
    if (!key) return;
    const hit = cache.get(key);
    if (!hit) {
      pending.set(request, { key, generation: cache.generation, tables: option.tables ?? null });
      return;
    }
    reply.headers(hit.headers).header("etag", hit.etag).header("x-cache", "hit");
    if (alreadyHas(request, hit.etag)) return reply.code(304).send();
    return reply.send(hit.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const waiting = pending.get(request);
    if (!waiting || reply.statusCode !== 200 || setsPersonalCookie(reply)) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    // Encoded once here rather than at every hit: a large page's UTF-8 encoding costs more than its lookup.
    const body = typeof payload === "string" ? Buffer.from(payload) : payload;
    // Weak: the same page may travel gzip'd, brotli'd or plain, and is the same page each way.
    const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
    reply.header("etag", etag);
    const headers: Record<string, string> = {};
    for (const name of replayed) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    cache.put(
      waiting.key,
      {
        body,
        headers,
        etag,
        size: body.length + waiting.key.length + 200,
        tables: waiting.tables,
      },
      waiting.generation,
    );
    return body;
  });
}

/** A kept route that names no tables of its own depends on its module's `pageTables` (an onRoute hook). */
export function withDefaultTables(route: RouteOptions, tables: readonly string[] | undefined): void {
  const option = route.config?.publicCache;
  if (!option || !tables || (option !== true && option.tables)) return;
  route.config = { ...route.config, publicCache: { ...(option === true ? {} : option), tables } };
}
