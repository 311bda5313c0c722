// Keying and normalising a kept page's address: which routes are kept, under which key, and the
// canonical address an unknown parameter is redirected to. Keeping and forgetting: page-cache.ts.
import type { FastifyRequest } from "fastify";
import { type ZodType, z } from "zod";

/** What a kept page depends on, and which query parameters it reads. */
export interface PublicCacheOptions {
  /**
   * The tables the page is drawn from: a change to any other table keeps it. By default the
   * module's `pageTables`, or else every table.
   */
  tables?: readonly string[];
  /**
   * The page's query parameters. The page is kept under their validated, normalised values, and an
   * address with any other parameter is redirected to the one without it. A route with a
   * `querystring` schema needs none here; a route with neither takes no parameters.
   */
  query?: ZodType;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The route answers every signed-out visitor alike (no form token, nothing personal), so its
     * answers may be kept and served again until the data they are drawn from changes.
     */
    publicCache?: boolean | PublicCacheOptions;
  }
}

export function options(request: FastifyRequest): PublicCacheOptions | undefined {
  const option = request.routeOptions.config.publicCache;
  return option ? (option === true ? {} : option) : undefined;
}

export function cacheable(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!request.routeOptions.config.publicCache || request.user) return false;
  // A reload that asks for a fresh copy (Cache-Control: no-cache) gets one.
  const asked = `${request.headers["cache-control"] ?? ""} ${request.headers.pragma ?? ""}`;
  return !/no-cache|no-store/.test(asked);
}

/** The route's query parameters: validated by Fastify (the API's `querystring`), or by the cache. */
export function querySchema(request: FastifyRequest): { schema?: ZodType; validated: boolean } {
  const given = request.routeOptions.schema?.querystring as ZodType | undefined;
  if (given) return { schema: given, validated: true };
  return { schema: options(request)?.query, validated: false };
}

/** The parameter names a route reads, or `undefined` when its schema cannot tell (anything goes). */
export function knownNames(request: FastifyRequest, schema: ZodType | undefined): Set<string> | undefined {
  const names = new Set<string>();
  if (schema instanceof z.ZodObject) for (const name of Object.keys(schema.shape)) names.add(name);
  else if (schema) return undefined;
  // The API takes the reader's language as ?lang= on every route (see locale-routing.ts).
  if (request.url.startsWith("/api/")) names.add("lang");
  return names;
}

/**
 * The address without the parameters the route does not read, when it has any: those can only
 * change the address, never the page, and kept pages are rendered from canonical addresses only,
 * so nothing a visitor adds to a link (`?utm_source=`, `?x=<script>`) shows in a page kept for others.
 */
export function canonicalAddress(request: FastifyRequest, known: Set<string>): string | undefined {
  const url = request.originalUrl;
  const at = url.indexOf("?");
  if (at < 0) return undefined;
  const params = new URLSearchParams(url.slice(at + 1));
  const unknown = [...params.keys()].filter((name) => !known.has(name));
  if (unknown.length === 0) return undefined;
  for (const name of unknown) params.delete(name);
  const rest = params.toString();
  return url.slice(0, at) + (rest ? `?${rest}` : "");
}

/** "country=ZA&page=1": validated values by name, so spellings of one query share one key. */
function canonicalQuery(values: Record<string, unknown>): string {
  return Object.keys(values)
    .filter((name) => values[name] !== undefined)
    .sort()
    .map((name) => {
      const value = values[name];
      const text = typeof value === "object" ? JSON.stringify(value) : String(value);
      return `${encodeURIComponent(name)}=${encodeURIComponent(text)}`;
    })
    .join("&");
}

/** The key a page is kept under, or `undefined` when its parameters are not valid (it is not kept). */
export function cacheKey(
  request: FastifyRequest,
  schema: ZodType | undefined,
  validated: boolean,
): string | undefined {
  const path = request.url.split("?")[0];
  if (!schema) return `${request.locale} ${path}`;
  const parsed = validated ? { success: true, data: request.query } : schema.safeParse(request.query ?? {});
  if (!parsed.success) return undefined;
  return `${request.locale} ${path}?${canonicalQuery((parsed.data ?? {}) as Record<string, unknown>)}`;
}
