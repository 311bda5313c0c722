import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { unauthenticated } from "./errors.js";
import type { Locale, Translate } from "./i18n/index.js";
import type { Jobs } from "./jobs.js";
import type { Storage } from "./storage/index.js";

/** The signed-in person, as every module sees them. */
export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: Locale;
  emailConfirmed: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    user: CurrentUser | null;
    sessionId: string | null;
    /** The path without its language prefix: "/fr/directory" → "/directory". */
    plainPath: string;
  }
}

/** What every module is given when it is mounted. */
export interface AppDeps {
  config: Config;
  database: Database;
  jobs: Jobs;
  /** Where uploaded files are kept: a folder or an S3-compatible bucket. */
  storage: Storage;
}

export interface NavItem {
  key: string;
  path: string;
  order: number;
}

/** The platform as a command sees it: opened on demand, without workers, and stopped when done. */
export interface CliPlatform {
  /** Reads the configuration, opens and migrates the database. */
  open(): Promise<{ deps: AppDeps; stop(): Promise<void> }>;
}

/** Localises a path: ("fr", "/directory") → "/fr/directory". */
export function localePath(locale: Locale, path: string): string {
  if (locale === "en") return path;
  return path === "/" ? `/${locale}/` : `/${locale}${path}`;
}

/**
 * The one guard for a signed-out visitor: it throws `unauthenticated`, which the error handler
 * answers with 401 in the error shape on the API and, on a page, with a redirect to sign in that
 * comes back to the page asked for (see `signInAddress`).
 */
export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/**
 * Where a signed-out visitor is sent: the sign-in page, with `next=` the page they asked for (its
 * query too for a GET; a form sent without a session comes back to the form's page).
 */
export function signInAddress(request: FastifyRequest): string {
  const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
  const next = localePath(request.locale, request.plainPath + (request.method === "GET" ? query : ""));
  return localePath(request.locale, `/signin?next=${encodeURIComponent(next)}`);
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/");
}

export function redirectTo(request: FastifyRequest, reply: FastifyReply, path: string) {
  return reply.redirect(localePath(request.locale, path), 303);
}
