import type { FastifyInstance } from "fastify";
import type { Block } from "../views/blocks.js";
import type { ModuleApi } from "./api.js";
import type { AppDeps, CliPlatform, NavItem } from "./http.js";
import type { Catalogue } from "./i18n/index.js";
import type { Schedule } from "./schedules.js";
import type { SearchSource } from "./search.js";
import type { SitemapSource } from "./sitemap.js";

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
