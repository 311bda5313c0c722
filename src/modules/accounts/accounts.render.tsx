import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import type { PageContext } from "../../views/context.js";
import { sendPage } from "../../views/page.js";
import { Message } from "./views/AuthForms.js";

/** Sends an accounts page; `title` is a message key. */
export function show(
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  body: (ctx: PageContext) => VNode,
  status = 200,
) {
  return sendPage(request, reply, { title: request.t(title), status, body });
}

/** A page that only tells something; `prefix` names its title and body keys. */
export function showMessage(
  request: FastifyRequest,
  reply: FastifyReply,
  prefix: string,
  status = 200,
  link?: { path: string; label: string },
) {
  return show(
    request,
    reply,
    `${prefix}.title`,
    (ctx) => (
      <Message
        ctx={ctx}
        title={`${prefix}.title`}
        body={`${prefix}.body`}
        link={link && { href: ctx.url(link.path), label: ctx.t(link.label) }}
      />
    ),
    status,
  );
}

/** Link tokens are 43 base64url characters; anything else is refused before a query. */
export function isTokenShaped(token: string): boolean {
  return /^[\w-]{32,64}$/.test(token);
}
