import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../lib/errors.js";
import { type AppDeps, type CurrentUser, isApiRequest } from "../../lib/http.js";
import { isLocale } from "../../lib/i18n/index.js";
import { digest } from "./accounts.crypto.js";
import type { UserRow } from "./accounts.repo.js";
import { endSession, resumeSession, SESSION_DAYS, startSession } from "./accounts.service.js";
import { resumeApiToken } from "./tokens.service.js";

export const SESSION_COOKIE = "cx_session";

export function presentUser(user: UserRow): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    locale: isLocale(user.locale) ? user.locale : "en",
    emailConfirmed: user.emailConfirmedAt !== null,
  };
}

function cookieOptions(deps: AppDeps) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: deps.config.baseUrl.startsWith("https:"),
  };
}

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Sets request.user from a personal API token (API routes) or the session cookie, for every route
 * of every module. A token that is not live is refused (401) rather than ignored: the program that
 * sent it must learn that it was revoked.
 */
export function registerSessions(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionId", null);
  app.addHook("onRequest", async (request, reply) => {
    const bearer = isApiRequest(request) ? bearerOf(request) : undefined;
    if (bearer !== undefined) {
      const owner = await resumeApiToken(deps, bearer);
      if (!owner) throw new AppError("unauthenticated", request.t("error.unauthenticated.token"));
      request.user = presentUser(owner);
      request.authenticatedBy = "token";
      reply.header("cache-control", "private, no-store");
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token || request.url.startsWith("/assets/") || request.url === "/healthz") return;
    const found = await resumeSession(deps, token);
    if (!found) {
      // Expired or ended elsewhere (sign-out, password change): forget the dead cookie.
      reply.clearCookie(SESSION_COOKIE, cookieOptions(deps));
      return;
    }
    request.user = presentUser(found.user);
    request.sessionId = found.sessionId;
    request.authenticatedBy = "session";
    // A signed-in page is personal: never kept by a shared cache.
    reply.header("cache-control", "private, no-store");
  });
}

/**
 * Signs the browser in with a fresh session, ending the one it had, if any. The rest of the request
 * sees the person signed in too: a page answered right away shows their header.
 */
export async function signInBrowser(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserRow,
) {
  if (request.sessionId) await endSession(deps, request.sessionId);
  const token = await startSession(deps, user.id);
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(deps), maxAge: SESSION_DAYS * 24 * 3600 });
  request.user = presentUser(user);
  request.sessionId = digest(token);
  request.authenticatedBy = "session";
  reply.header("cache-control", "private, no-store");
}

export async function signOutBrowser(deps: AppDeps, request: FastifyRequest, reply: FastifyReply) {
  if (request.sessionId) await endSession(deps, request.sessionId);
  reply.clearCookie(SESSION_COOKIE, cookieOptions(deps));
}
