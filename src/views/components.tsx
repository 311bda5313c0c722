import type { Translations } from "../db/columns.js";
import { pickTranslation } from "../lib/i18n/index.js";
import type { PageContext } from "./context.js";

/**
 * Content in the visitor's language, or visibly in its original language when not yet translated.
 * Proper names (`name`) fall back without the visible tag: a city's own name is right in any language.
 */
export function Translated({
  ctx,
  values,
  original,
  name = false,
}: {
  ctx: PageContext;
  values: Translations | null | undefined;
  original?: string;
  name?: boolean;
}) {
  const picked = pickTranslation(values, ctx.locale, original);
  if (picked.lang === ctx.locale) return <>{picked.text}</>;
  if (name) return <span lang={picked.lang}>{picked.text}</span>;
  return (
    <span lang={picked.lang} class="untranslated" title={ctx.t("layout.notTranslated")}>
      {picked.text}
      <abbr class="lang-tag" title={ctx.t("layout.notTranslated")}>
        {picked.lang.toUpperCase()}
      </abbr>
    </span>
  );
}

/** Previous / next links that keep the other query parameters. */
export function Pagination({
  ctx,
  page,
  pages,
  total,
  href,
}: {
  ctx: PageContext;
  page: number;
  pages: number;
  total: number;
  href: (page: number) => string;
}) {
  return (
    <nav class="pagination" aria-label={ctx.t("pagination.label")}>
      <p>
        {ctx.t("pagination.results", { count: total })}
        {pages > 1 && ` · ${ctx.t("pagination.page", { page, pages })}`}
      </p>
      {pages > 1 && (
        <ul>
          {page > 1 && (
            <li>
              <a href={href(page - 1)} rel="prev">
                {ctx.t("pagination.previous")}
              </a>
            </li>
          )}
          {page < pages && (
            <li>
              <a href={href(page + 1)} rel="next">
                {ctx.t("pagination.next")}
              </a>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}

/**
 * First / previous / next links of a list paged from a position (after or before an item) rather
 * than by number: `href` builds each page's address from its position, keeping the other parameters.
 */
export function PositionPagination({
  ctx,
  total,
  paged,
  previous,
  next,
  href,
}: {
  ctx: PageContext;
  total: number;
  /** Whether this page is not the first. */
  paged: boolean;
  previous: string | null;
  next: string | null;
  href: (position?: { after: string } | { before: string }) => string;
}) {
  const links = [
    paged && { href: href(), rel: undefined, label: ctx.t("pagination.first") },
    previous && { href: href({ before: previous }), rel: "prev", label: ctx.t("pagination.previous") },
    next && { href: href({ after: next }), rel: "next", label: ctx.t("pagination.next") },
  ].filter((link) => !!link);
  return (
    <nav class="pagination" aria-label={ctx.t("pagination.label")}>
      <p>{ctx.t("pagination.results", { count: total })}</p>
      {links.length > 0 && (
        <ul>
          {links.map((link) => (
            <li>
              <a href={link.href} rel={link.rel}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
