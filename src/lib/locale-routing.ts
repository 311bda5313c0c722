import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import { defaultLocale, isLocale, type Locale, negotiateLocale, translator } from "./i18n/index.js";

const prefixed = /^\/(fr|es)(?=\/|\?|$)/;
const LANG_COOKIE = "lang";

/** "/fr/directory?x=1" is routed as "/directory?x=1", remembering French for the request. */
export function rewriteLocaleUrl(req: IncomingMessage): string {
  const url = req.url ?? "/";
  const match = prefixed.exec(url);
  if (!match) return url;
  (req as IncomingMessage & { cxLocale?: Locale }).cxLocale = match[1] as Locale;
  const rest = url.slice(match[0].length);
  return rest === "" || rest.startsWith("?") ? `/${rest}` : rest;
}

function isPage(url: string): boolean {
  return !/^\/(api|assets|healthz)(\/|$|\?)/.test(url);
}

/**
 * Sets the request's language: the URL prefix for pages; for the API, `?lang=` or Accept-Language.
 * A first visit to an English URL follows the browser's language once; after that the choice sticks.
 */
export function registerLocaleRouting(app: FastifyInstance): void {
  app.decorateRequest("locale", defaultLocale);
  app.decorateRequest("t", translator(defaultLocale));
  app.decorateRequest("plainPath", "/");

  app.addHook("onRequest", async (request, reply) => {
    const fromUrl = (request.raw as IncomingMessage & { cxLocale?: Locale }).cxLocale;
    const path = request.url.split("?")[0];
    request.plainPath = path;
    let locale: Locale = fromUrl ?? defaultLocale;
    if (!isPage(request.url)) {
      const query = request.query as Record<string, unknown> | undefined;
      const asked = query?.lang;
      // A prefix (/fr/api/docs, from the language switcher) wins, then ?lang=, then the header.
      locale =
        fromUrl ??
        (isLocale(asked) ? asked : (negotiateLocale(request.headers["accept-language"]) ?? defaultLocale));
    } else if (request.method === "GET") {
      const remembered = request.cookies[LANG_COOKIE];
      if (!fromUrl && !remembered) {
        const preferred = negotiateLocale(request.headers["accept-language"]);
        if (preferred && preferred !== "en") {
          reply.header("vary", "accept-language");
          return reply.redirect(`/${preferred}${request.url === "/" ? "/" : request.url}`, 302);
        }
      }
      if (remembered !== locale) {
        reply.setCookie(LANG_COOKIE, locale, {
          path: "/",
          maxAge: 365 * 24 * 3600,
          sameSite: "lax",
          httpOnly: true,
        });
      }
    }
    request.locale = locale;
    request.t = translator(locale);
  });
}
