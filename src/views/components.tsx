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
