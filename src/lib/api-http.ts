import cors from "@fastify/cors";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "./errors.js";
import { isApiRequest } from "./http.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** An API write anyone may send, without a token or a session (none yet; the default is no). */
    anonymous?: boolean;
  }
  interface FastifyRequest {
    /** How the person was recognised: a session cookie, a personal API token, or not at all. */
    authenticatedBy: "session" | "token" | null;
  }
  interface FastifyInstance {
    /** The methods a path of the API answers, for a 405 that lists them. */
    apiMethodsOf(path: string): string[];
  }
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The public reads: open data any web page may fetch, from any origin, without credentials. */
function isPublicRead(url: string, method: string): boolean {
  return (method === "GET" || method === "HEAD") && /^\/api\/(v1\/|openapi\.json$)/.test(url);
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers["content-length"];
  return request.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(";")[0].trim().toLowerCase() === "application/json";
}

/** A route's path as a pattern: "/api/v1/places/:slug" matches "/api/v1/places/paris-fr". */
function patternOf(url: string): RegExp {
  const source = url
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

/**
 * The conventions of every JSON route under /api, whichever module adds it. Register before the
 * modules' routes (it watches them being added) and after helmet (it relaxes one of its headers).
 * - Authentication comes before anything else a write checks: a write without a token or a session
 *   answers 401, before the media type, the body and the CSRF token are looked at.
 * - A write's body is JSON (`application/json`), or the answer is 415.
 * - Public reads of /api/v1 answer any origin (CORS, `Access-Control-Allow-Origin: *`, no
 *   credentials), preflight included, and may be embedded cross-origin.
 * - A path that exists with other methods answers 405 with `Allow`.
 */
export async function registerApiConventions(app: FastifyInstance): Promise<void> {
  app.decorateRequest("authenticatedBy", null);

  const routes: { pattern: RegExp; method: string }[] = [];
  app.decorate("apiMethodsOf", (path: string) => {
    const methods = routes.filter((r) => r.pattern.test(path)).map((r) => r.method);
    return [...new Set(methods)];
  });
  // @fastify/cors reads `config.cors` of the route: false turns it off there.
  const noCors = (config: unknown) => ({ ...(config as object), cors: false }) as never;
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) {
      // CORS stays off wherever it is not an open read (the plugin's preflight route aside).
      if (route.url !== "*") route.config = noCors(route.config);
      return;
    }
    for (const method of [route.method].flat()) {
      if (!isPublicRead(route.url, method)) route.config = noCors(route.config);
      routes.push({ pattern: patternOf(route.url), method });
    }
  });

  await app.register(cors, {
    origin: "*",
    credentials: false,
    methods: ["GET", "HEAD", "OPTIONS"],
    strictPreflight: false,
    maxAge: 600,
    exposedHeaders: ["ETag", "Link", "Content-Language"],
  });

  app.addHook("onRequest", async (request, reply) => {
    if (isPublicRead(request.url.split("?")[0], request.method)) {
      reply.header("cross-origin-resource-policy", "cross-origin");
    }
  });

  // preParsing runs after every onRequest hook (the session and the token are known by then) and
  // before the body is read and the CSRF token checked (preValidation).
  app.addHook("preParsing", async (request) => {
    if (!isApiRequest(request) || safeMethods.has(request.method) || request.is404) return;
    if (!request.user && !request.routeOptions.config.anonymous) {
      throw new AppError("unauthenticated", request.t("error.unauthenticated.api"));
    }
    if (hasBody(request) && !isJson(request.headers["content-type"])) {
      throw new AppError("unsupported_media_type");
    }
  });
}
