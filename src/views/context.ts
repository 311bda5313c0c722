import type { CurrentUser, NavItem } from "../lib/http.js";
import type { Locale, Translate } from "../lib/i18n/index.js";

/** What every template needs to know about the request it renders. */
export interface PageContext {
  locale: Locale;
  t: Translate;
  user: CurrentUser | null;
  /** The current path without language prefix, with its query string. */
  path: string;
  /** Localises an absolute path for links. */
  url: (path: string) => string;
  /** A CSRF token for this visitor's forms. */
  csrf: () => string;
  nav: NavItem[];
  assets: { css: string; js: string };
}
