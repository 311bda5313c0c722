import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AppDeps, CurrentUser } from "../../lib/http.js";
import { isLocale } from "../../lib/i18n/index.js";
import type { UserRow } from "./accounts.repo.js";
import { endSession, resumeSession, SESSION_DAYS, startSession } from "./accounts.service.js";

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

/** Sets request.user and request.sessionId from the session cookie, for every route of every module. */
export function registerSessions(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionId", null);
  app.addHook("onRequest", async (request, reply) => {
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
    // A signed-in page is personal: never kept by a shared cache.
    reply.header("cache-control", "private, no-store");
  });
}

/** Signs the browser in with a fresh session, ending the one it had, if any. */
export async function signInBrowser(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
) {
  if (request.sessionId) await endSession(deps, request.sessionId);
  const token = await startSession(deps, userId);
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(deps), maxAge: SESSION_DAYS * 24 * 3600 });
}

export async function signOutBrowser(deps: AppDeps, request: FastifyRequest, reply: FastifyReply) {
  if (request.sessionId) await endSession(deps, request.sessionId);
  reply.clearCookie(SESSION_COOKIE, cookieOptions(deps));
}
