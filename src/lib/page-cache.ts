import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The route answers every signed-out visitor alike (no form token, nothing personal), so its
     * answers may be kept and served again until the data changes.
     */
    publicCache?: boolean;
  }
}

interface Entry {
  body: Buffer;
  /** The handler's own headers worth repeating (see `replayed`). */
  headers: Record<string, string>;
  etag: string;
  size: number;
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
 * Any committed change to a watched table empties it (see db/changes.ts); so does every write
 * statement this process sends, so that it sees its own writes before their notification arrives.
 */
export class ResponseCache {
  #entries = new Map<string, Entry>();
  #bytes = 0;
  #generation = 0;
  #suspended = false;

  constructor(readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0 && !this.#suspended;
  }

  get generation(): number {
    return this.#generation;
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

  /** Keeps an answer rendered from the data of `generation`; a change since then makes it stale. */
  put(key: string, entry: Entry, generation: number): void {
    // One answer may take an eighth of the budget at most, so a few huge pages cannot crowd out the rest.
    if (!this.enabled || generation !== this.#generation || entry.size > this.maxBytes / 8) return;
    this.#drop(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.size;
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#drop(oldest);
    }
  }

  invalidate(): void {
    this.#generation++;
    this.#entries.clear();
    this.#bytes = 0;
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

  #drop(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.size;
    this.#entries.delete(key);
  }
}

const pending = new WeakMap<FastifyRequest, { key: string; generation: number }>();

function cacheable(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!request.routeOptions.config.publicCache || request.user) return false;
  // A reload that asks for a fresh copy (Cache-Control: no-cache) gets one.
  const asked = `${request.headers["cache-control"] ?? ""} ${request.headers.pragma ?? ""}`;
  return !/no-cache|no-store/.test(asked);
}

/** Whether the browser's If-None-Match names this ETag (a list, weak or strong, or "*"). */
function alreadyHas(request: FastifyRequest, etag: string): boolean {
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
    if (!cacheable(request)) return;
    const key = `${request.locale} ${request.raw.url}`;
    const hit = cache.get(key);
    if (!hit) {
      pending.set(request, { key, generation: cache.generation });
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
      },
      waiting.generation,
    );
    return body;
  });
}
