import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { Block } from "../views/blocks.js";
import type { ModuleApi } from "./api.js";
import { unauthenticated } from "./errors.js";
import type { Catalogue, Locale, Translate } from "./i18n/index.js";
import type { Jobs, ScheduledJob } from "./jobs.js";
import type { SearchSource } from "./search.js";
import type { SitemapSource } from "./sitemap.js";
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

/** A recurring job of a module: `name` (its queue, "module.what"), `cron`, `tz` and what it does. */
export interface Schedule extends ScheduledJob {
  handler: (deps: AppDeps) => Promise<void>;
}

/** The platform as a command sees it: opened on demand, without workers, and stopped when done. */
export interface CliPlatform {
  /** Reads the configuration, opens and migrates the database. */
  open(): Promise<{ deps: AppDeps; stop(): Promise<void> }>;
}

/** A feature: its routes, texts, navigation and demo data, mounted by the server. */
export interface Module {
  name: string;
  messages?: Catalogue;
  nav?: NavItem[];
  /** Its part of the API document: its OpenAPI tags and their texts, keyed per operation. */
  api?: ModuleApi;
  routes?: (app: FastifyInstance, deps: AppDeps) => Promise<void> | void;
  /** Starts the module's background workers, if any. */
  start?: (deps: AppDeps) => Promise<void> | void;
  /** Adds the module's commands to the `cityexchange` CLI; a command opens the platform it is given. */
  cli?: (program: import("commander").Command, platform: CliPlatform) => void;
  /** Adds the module's demo data; called in dependency order on an empty database. */
  seedDemo?: (deps: AppDeps) => Promise<void>;
  /** Tables no public page shows (sessions, tokens, the outbox): a change to them forgets no kept page. */
  privateTables?: string[];
  /**
   * The tables this module's kept pages are drawn from, for routes marked `publicCache: true`
   * that name none of their own; without it, such a page is forgotten at any change.
   */
  pageTables?: string[];
  /** The module's public pages, for `/sitemap.xml`: drafts and anything not public stay out. */
  sitemap?: SitemapSource[];
  /** Paths no crawler should visit (robots.txt), without language prefix; `*` matches any part. */
  privatePaths?: string[];
  /** Parts the module draws on the platform's home page and on each network's page. */
  blocks?: Block[];
  /** Recurring jobs, each run once for the platform at the times its cron names in its time zone. */
  schedules?: Schedule[];
  /** The module's search document kinds and all its documents, for `cityexchange search reindex`. */
  search?: SearchSource;
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
