import { randomUUID } from "node:crypto";
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import staticFiles from "@fastify/static";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifySchema } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import type { Config } from "./config.js";
import { CHANGES_CHANNEL } from "./db/changes.js";
import { ping, queryCounter } from "./db/client.js";
import { serializerCompiler } from "./lib/api.js";
import { apiDocumentOptions, registerApiTexts } from "./lib/api-document.js";
import { registerApiConventions } from "./lib/api-http.js";
import { buildAssets } from "./lib/assets.js";
import { answerFrameworkError, registerErrorHandling } from "./lib/error-handler.js";
import type { AppDeps } from "./lib/http.js";
import { registerHttpCaching } from "./lib/http-cache.js";
import { registerMessages } from "./lib/i18n/index.js";
import { registerLocaleChoice, registerLocaleRouting, rewriteLocaleUrl } from "./lib/locale-routing.js";
import { loggerOptions } from "./lib/logging.js";
import type { Module } from "./lib/module.js";
import { ResponseCache, registerResponseCache, withDefaultTables } from "./lib/page-cache.js";
import { fromRoot } from "./lib/paths.js";
import { registerSitemap } from "./lib/sitemap.js";
import { modules as allModules } from "./modules/index.js";
import { configureBlocks } from "./views/blocks.js";
import { landAsset } from "./views/map/land.js";
import { mapMessages } from "./views/map/map.messages.js";
import { configurePages } from "./views/page.js";

/** Builds the whole application: plugins, then every module's routes. Does not listen. */
export async function buildApp(
  deps: AppDeps,
  options: { logger?: boolean; logStream?: DestinationStream; modules?: Module[] } = {},
): Promise<FastifyInstance> {
  const { config } = deps;
  const modules = options.modules ?? allModules;
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel, options.logStream),
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: trustedProxies(config.trustProxy),
    rewriteUrl: rewriteLocaleUrl,
    bodyLimit: 1024 * 1024,
    forceCloseConnections: "idle",
    // Far above any valid parameter (a slug is at most 120 characters): a long one is refused by
    // its route's schema, with the API's error shape, rather than by the router.
    routerOptions: { maxParamLength: 2048 },
    frameworkErrors: answerFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every route, as registered: the route-by-role fuzz test walks it.
  const routeTable: RouteEntry[] = [];
  app.decorate("routeTable", routeTable);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      routeTable.push({ method, url: route.url, schema: route.schema });
  });

  // Counts SQL statements per request (shown in a response header for benchmarks).
  app.addHook("onRequest", (_req, _reply, done) => queryCounter.run({ queries: 0 }, done));
  app.addHook("onSend", async (_req, reply) => {
    const store = queryCounter.getStore();
    if (store) reply.header("x-sql-queries", String(store.queries));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.baseUrl.startsWith("https:") ? [] : null,
      },
    },
    strictTransportSecurity: config.baseUrl.startsWith("https:"),
  });
  await registerApiConventions(app);
  // The cookie plugin writes Set-Cookie in its onSend hook: registered first, the cache sees those
  // headers and keeps no answer that sets a personal cookie. The cache comes before compression,
  // so it keeps plain bodies.
  await app.register(cookie, { secret: config.sessionSecret });
  const cache = new ResponseCache(config.pageCacheBytes, {
    privateTables: modules.flatMap((m) => m.privateTables ?? []),
  });
  app.decorate("responseCache", cache);
  registerResponseCache(app, cache);
  registerHttpCaching(app);
  await app.register(compress, { threshold: 1024 });
  await app.register(formbody);
  // Multipart bodies are read by the route that expects one, streaming its file (modules/files);
  // a file over its use's size is cut short and marked `truncated`, and the route refuses it.
  await app.register(multipart, { throwFileSizeLimit: false });
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    // A multipart body is read after this check, by its route: its form carries the token in its address.
    getToken: (req) =>
      (req.body as { _csrf?: string } | undefined)?._csrf ||
      (["csrf-token", "xsrf-token", "x-csrf-token", "x-xsrf-token"]
        .map((name) => req.headers[name])
        .find((value) => typeof value === "string") as string | undefined) ||
      (req.isMultipart() ? (req.query as { _csrf?: string } | undefined)?._csrf : undefined),
    cookieOpts: { signed: true, httpOnly: true, sameSite: "lax", path: "/", secure: "auto" },
  });
  // Every state-changing request carries the token of a form (or header) this site issued, unless
  // it comes with a personal API token: a browser never sends one by itself, so it cannot be forged.
  app.addHook("preValidation", (request, reply, done) => {
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return done();
    // Nothing to protect on an address that answers no route (404 or 405 follows).
    if (request.authenticatedBy === "token" || request.is404) return done();
    app.csrfProtection(request, reply, done);
  });
  await app.register(rateLimit, { global: false });
  registerMessages(mapMessages);
  for (const mod of modules) {
    if (mod.messages) registerMessages(mod.messages);
    registerApiTexts(mod);
  }
  await app.register(swagger, apiDocumentOptions(config.baseUrl, modules));

  const assets = await buildAssets();
  await app.register(staticFiles, {
    root: fromRoot("public"),
    prefix: "/assets/",
    maxAge: "1d",
  });
  // The world map's land is one cached image shared by every map; pages carry only their points.
  for (const asset of [...Object.values(assets), landAsset()]) {
    app.get(asset.url, { schema: { hide: true } }, (_req, reply) =>
      reply.type(asset.type).header("cache-control", "public, max-age=31536000, immutable").send(asset.body),
    );
  }

  registerLocaleRouting(app);
  registerErrorHandling(app);

  app.get("/healthz", { schema: { hide: true } }, async () => {
    await ping(deps.database);
    return { status: "ok", engine: deps.database.engine };
  });

  configureBlocks(
    modules.flatMap((m) => m.blocks ?? []),
    cache,
  );
  configurePages({
    nav: modules.flatMap((m) => m.nav ?? []),
    assets: { css: assets.css.url, js: assets.js.url },
  });
  // Modules share the root scope, so a hook one adds (the session) serves every route.
  let mounting: Module | undefined;
  app.addHook("onRoute", (route) => withDefaultTables(route, mounting?.pageTables));
  for (const mod of modules) {
    mounting = mod;
    await mod.routes?.(app, deps);
  }
  mounting = undefined;
  // After the modules: the session hook (accounts) must have set request.user.
  registerLocaleChoice(app);
  registerSitemap(app, deps, modules);

  // Last, so that nothing after it can fail and leave the connection open.
  const unlisten = await deps.database.listen(
    CHANGES_CHANNEL,
    (table) => cache.changed(table || null),
    (state) => (state === "lost" ? cache.suspend() : cache.resume()),
  );
  const unhear = deps.database.onWrite((table) => cache.changed(table));
  app.addHook("onClose", async () => {
    unhear();
    await unlisten();
  });
  return app;
}

/**
 * Fastify ignores a bare hop count (it cannot check the nearest peer), so a count becomes the
 * function proxy-addr understands: the `hops` nearest addresses are proxies. Only safe when the
 * app cannot be reached but through them; addresses are the stricter form.
 */
function trustedProxies(trust: Config["trustProxy"]) {
  return typeof trust === "number" ? (_address: string, hop: number) => hop < trust : trust;
}

export interface RouteEntry {
  method: string;
  url: string;
  schema?: FastifySchema;
}

export type { Config };

declare module "fastify" {
  interface FastifyInstance {
    /** Rendered public answers, kept until the data changes. */
    responseCache: ResponseCache;
    /** Every route's method, address and schema, in the order they were added. */
    routeTable: readonly RouteEntry[];
  }
}
