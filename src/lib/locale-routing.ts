import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addVary } from "./http-cache.js";
import { defaultLocale, isLocale, type Locale, negotiateLocale, translator } from "./i18n/index.js";

// "/en/..." exists only to say "English, on purpose" (the language switcher's English link).
const prefixed = /^\/(en|fr|es)(?=\/|\?|$)/;
const LANG_COOKIE = "lang";

type Raw = IncomingMessage & { cxLocale?: Locale };

/** "/fr/directory?x=1" is routed as "/directory?x=1", remembering French for the request. */
export function rewriteLocaleUrl(req: IncomingMessage): string {
  const url = req.url ?? "/";
  const match = prefixed.exec(url);
  if (!match) return url;
  (req as Raw).cxLocale = match[1] as Locale;
  const rest = url.slice(match[0].length);
  return rest === "" || rest.startsWith("?") ? `/${rest}` : rest;
}

/** Addresses that are not pages in a language: the API, files, assets, the sitemap, robots.txt. */
function isPage(url: string): boolean {
  return !/^\/(api|assets|files|healthz|sitemaps?|robots\.txt|sitemap\.xml)(\/|$|\?|\.|-)/.test(url);
}

/** The address the language switcher gives for a language: English says so, to be remembered. */
export function chosenLocalePath(locale: Locale, path: string): string {
  return path === "/" ? `/${locale}/` : `/${locale}${path}`;
}

/**
 * Sets the request's language: the URL prefix for pages; for the API, the prefix, `?lang=` or
 * Accept-Language. Which language a bare (English) address is answered in is decided later, once
 * the session is known (`registerLocaleChoice`).
 */
export function registerLocaleRouting(app: FastifyInstance): void {
  app.decorateRequest("locale", defaultLocale);
  app.decorateRequest("t", translator(defaultLocale));
  app.decorateRequest("plainPath", "/");

  app.addHook("onRequest", async (request) => {
    const fromUrl = (request.raw as Raw).cxLocale;
    request.plainPath = request.url.split("?")[0];
    let locale: Locale = fromUrl ?? defaultLocale;
    if (!isPage(request.url)) {
      const asked = (request.query as Record<string, unknown> | undefined)?.lang;
      // A prefix (/fr/api/docs, from the language switcher) wins, then ?lang=, then the header.
      locale =
        fromUrl ??
        (isLocale(asked) ? asked : (negotiateLocale(request.headers["accept-language"]) ?? defaultLocale));
    }
    request.locale = locale;
    request.t = translator(locale);
  });
}

function remember(reply: FastifyReply, locale: Locale) {
  reply.setCookie(LANG_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
  });
}

/** A redirect that depends on who asks: never kept by any cache. */
function redirectFor(reply: FastifyReply, url: string) {
  addVary(reply, "cookie");
  addVary(reply, "accept-language");
  return reply.header("cache-control", "private, no-store").redirect(url, 302);
}

/** The language a bare address is answered in: the profile's, else the visitor's choice, else the browser's on a first visit. */
function chosenLocale(request: FastifyRequest): Locale {
  if (request.user) return request.user.locale;
  const remembered = request.cookies[LANG_COOKIE];
  if (isLocale(remembered)) return remembered;
  return negotiateLocale(request.headers["accept-language"]) ?? defaultLocale;
}

/**
 * Remembers the language a page was asked in and sends a bare address to the chosen language's.
 * A prefixed address (/fr/, /es/) is always answered in its language, so crawlers and hreflang
 * links reach each language directly, and it becomes the visitor's choice (a cookie). "/en/..."
 * is the switcher's English: remembered, then redirected to the bare address. A bare address
 * follows a signed-in person's profile, else the visitor's choice, else (a first visit, no cookie)
 * Accept-Language. Register it after the session hook, which sets `request.user`.
 */
export function registerLocaleChoice(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if ((request.method !== "GET" && request.method !== "HEAD") || !isPage(request.url)) return;
    const fromUrl = (request.raw as Raw).cxLocale;
    const remembered = request.cookies[LANG_COOKIE];
    if (fromUrl === "en") {
      remember(reply, "en");
      return redirectFor(reply, request.url);
    }
    if (fromUrl) {
      if (remembered !== fromUrl) remember(reply, fromUrl);
      return;
    }
    const chosen = chosenLocale(request);
    if (chosen !== "en") return redirectFor(reply, chosenLocalePath(chosen, request.url));
    // The bare address's answer depends on the cookie and, on a first visit, on the header.
    addVary(reply, "cookie");
    addVary(reply, "accept-language");
    if (remembered !== "en") remember(reply, "en");
  });
}
