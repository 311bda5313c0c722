import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isApiRequest } from "./http.js";
import { alreadyHas } from "./page-cache.js";

/** How long a shared cache or a browser may reuse a public API answer without asking again. */
export const PUBLIC_API_MAX_AGE = 60;

/**
 * Who may keep an answer, and for how long. Anything personal (a session or a token) is kept by
 * nobody. Public API reads may be reused for a minute by anyone, browsers and shared caches alike.
 * Public pages are revalidated each time (their ETag makes that cheap): a person who signs in must
 * not see the signed-out copy. Everything else, such as a form carrying its token, stays private.
 */
function policy(request: FastifyRequest): string {
  if (request.user) return "private, no-store";
  if (request.routeOptions.config?.publicCache) {
    return isApiRequest(request) ? `public, max-age=${PUBLIC_API_MAX_AGE}` : "public, no-cache";
  }
  return "private, no-cache";
}

/**
 * Gives every successful GET an ETag, answers 304 when the client already has it, and says in
 * `Cache-Control` who may keep it. The page cache's answers come with their own ETag; this covers
 * the rest, including a public page rendered afresh because the client asked `Cache-Control: no-cache`.
 * Register it after the page cache and before compression, so it hashes the plain body.
 */
export function registerHttpCaching(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" && request.method !== "HEAD") return payload;
    if (reply.statusCode !== 200) {
      if (reply.statusCode >= 400 && !reply.hasHeader("cache-control"))
        reply.header("cache-control", "no-store");
      return payload;
    }
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", policy(request));
    if (isApiRequest(request)) addVary(reply, "accept-language");
    // Streams (static files) carry their own validators.
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    let etag = reply.getHeader("etag");
    if (typeof etag !== "string") {
      // Weak: the same answer may travel gzip'd, brotli'd or plain, and is the same answer each way.
      etag = `W/"${createHash("sha1").update(payload).digest("base64url")}"`;
      reply.header("etag", etag);
    }
    if (!alreadyHas(request, etag)) return payload;
    reply.code(304);
    reply.removeHeader("content-type");
    reply.removeHeader("content-length");
    return null;
  });
}

/** Adds a header name to `Vary`, keeping the names already there. */
export function addVary(reply: FastifyReply, name: string): void {
  const given = reply.getHeader("vary");
  const names = String(given ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.some((n) => n === "*" || n.toLowerCase() === name)) return;
  reply.header("vary", [...names, name].join(", "));
}
