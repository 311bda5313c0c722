import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { ErrorCode } from "../lib/errors.js";
import { errorTitle } from "../lib/errors.js";
import { localePath, type NavItem } from "../lib/http.js";
import type { PageContext } from "./context.js";
import { ErrorPage } from "./ErrorPage.js";
import { Layout } from "./Layout.js";

const site = { nav: [] as NavItem[], assets: { css: "/assets/app.css", js: "/assets/app.js" } };

/** Set once at boot by the server: the modules' navigation and the fingerprinted asset URLs. */
export function configurePages(options: { nav: NavItem[]; assets: { css: string; js: string } }) {
  site.nav = [...options.nav].sort((a, b) => a.order - b.order);
  site.assets = options.assets;
}

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
  let token: string | undefined;
  return {
    locale: request.locale,
    t: request.t,
    user: request.user,
    path: request.plainPath + query,
    url: (path) => localePath(request.locale, path),
    csrf: () => {
      token ??= reply.generateCsrf();
      return token;
    },
    nav: site.nav,
    assets: site.assets,
  };
}

export interface PageOptions {
  title: string;
  description?: string;
  jsonLd?: object;
  status?: number;
  /** Builds the page body; receives the context so it can make links and forms. */
  body: (ctx: PageContext) => VNode;
}

/** Renders a whole page in the layout and sends it. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, options: PageOptions) {
  const ctx = pageContext(request, reply);
  const body = options.body(ctx);
  const html = renderToString(
    <Layout ctx={ctx} title={options.title} description={options.description} jsonLd={options.jsonLd}>
      {body}
    </Layout>,
  );
  if (!ctx.user) reply.header("vary", "accept-language, cookie");
  return reply
    .status(options.status ?? 200)
    .type("text/html; charset=utf-8")
    .send(`<!doctype html>${html}`);
}

export function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  message?: string,
) {
  const title = request.t(errorTitle(code));
  return sendPage(request, reply, {
    title,
    status,
    body: (ctx) => <ErrorPage ctx={ctx} code={code} message={message} />,
  });
}
