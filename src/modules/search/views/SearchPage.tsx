import { searchKindLabel } from "../../../lib/search.js";
import type { PageContext } from "../../../views/context.js";
import { ErrorSummary, TextField } from "../../../views/forms.js";
import type { SearchGroup, SearchHit, SearchResults } from "../search.service.js";

/** Where the search page puts each kind: a kind's label comes from its module's catalogue. */
const kindLabel = (ctx: PageContext, kind: string) => ctx.t(searchKindLabel(kind));

export interface SearchPageProps {
  ctx: PageContext;
  query: string;
  results: SearchResults;
  /** The kind whose results are paged, when one was chosen. */
  kind?: string;
  page: number;
  perPage: number;
  errors?: Record<string, string>;
}

function searchHref(ctx: PageContext, query: string, kind?: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set("kind", kind);
  if (page > 1) params.set("page", String(page));
  return ctx.url(`/search?${params.toString()}`);
}

/** A kind's label and count; counts stop at 1,000 ("more than 1,000"). */
function kindCount(ctx: PageContext, group: SearchGroup): string {
  const key = group.more ? "search.kindCountMore" : "search.kindCount";
  return ctx.t(key, { label: kindLabel(ctx, group.kind), count: group.total });
}

function Hit({ ctx, hit }: { ctx: PageContext; hit: SearchHit }) {
  const lang = hit.lang === ctx.locale ? undefined : hit.lang;
  return (
    <li class="search-hit">
      <a href={hit.url} lang={lang}>
        {hit.title}
      </a>
      {hit.summary && (
        <p class="muted" lang={lang}>
          {hit.summary}
        </p>
      )}
    </li>
  );
}

function Group({ ctx, query, group }: { ctx: PageContext; query: string; group: SearchGroup }) {
  const label = kindLabel(ctx, group.kind);
  return (
    <section class="search-group" aria-labelledby={`kind-${group.kind}`}>
      <h2 id={`kind-${group.kind}`}>{kindCount(ctx, group)}</h2>
      <ul class="search-hits">
        {group.hits.map((hit) => (
          <Hit key={hit.key} ctx={ctx} hit={hit} />
        ))}
      </ul>
      {group.total > group.hits.length && (
        <p>
          <a href={searchHref(ctx, query, group.kind)}>
            {ctx.t(group.more ? "search.moreMore" : "search.more", { label, count: group.total })}
          </a>
        </p>
      )}
    </section>
  );
}

function EmptyState({ ctx, query }: { ctx: PageContext; query: string }) {
  const { t } = ctx;
  return (
    <>
      {query ? (
        <>
          <p class="search-summary">{t("search.none", { query })}</p>
          <p>{t("search.noneNext")}</p>
        </>
      ) : (
        <p>{t("search.empty")}</p>
      )}
      <p>{t("search.browse")}</p>
      <ul>
        <li>
          <a href={ctx.url("/directory")}>{t("search.link.directory")}</a>
        </li>
        <li>
          <a href={ctx.url("/networks")}>{t("search.link.networks")}</a>
        </li>
        <li>
          <a href={ctx.url("/organisations")}>{t("search.link.organisations")}</a>
        </li>
      </ul>
    </>
  );
}

/** The search form, the count, then each kind's best results or one kind's page of results. */
export function SearchPage({ ctx, query, results, kind, page, perPage, errors }: SearchPageProps) {
  const { t } = ctx;
  const chosen = kind ? results.groups.find((g) => g.kind === kind) : undefined;
  const pages = chosen ? Math.max(1, Math.ceil(chosen.total / perPage)) : 1;
  return (
    <>
      <h1>
        {kind && query ? t("search.kindTitle", { label: kindLabel(ctx, kind), query }) : t("search.title")}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <search>
        <form method="get" action={ctx.url("/search")} class="search-form">
          <TextField
            ctx={ctx}
            name="q"
            type="search"
            label={t("search.field")}
            hint={t("search.hint")}
            value={query}
            maxLength={200}
            errors={errors}
          />
          {kind && <input type="hidden" name="kind" value={kind} />}
          <button type="submit" class="button">
            {t("search.button")}
          </button>
        </form>
      </search>
      {results.total === 0 ? (
        <EmptyState ctx={ctx} query={errors ? "" : query} />
      ) : (
        <>
          <p class="search-summary" role="status">
            {t(results.more ? "search.resultsMore" : "search.results", { count: results.total, query })}
          </p>
          {results.groups.length > 1 && (
            <nav aria-label={t("search.kinds")}>
              <ul class="search-kinds">
                {kind && (
                  <li>
                    <a href={searchHref(ctx, query)}>{t("search.allKinds", { query })}</a>
                  </li>
                )}
                {results.groups.map((g) => (
                  <li key={g.kind}>
                    <a
                      href={searchHref(ctx, query, g.kind)}
                      aria-current={g.kind === kind ? "page" : undefined}
                    >
                      {kindCount(ctx, g)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {chosen ? (
            <>
              <ul class="search-hits">
                {chosen.hits.map((hit) => (
                  <Hit key={hit.key} ctx={ctx} hit={hit} />
                ))}
              </ul>
              {pages > 1 && (
                <nav class="pagination" aria-label={t("pagination.label")}>
                  <p>{t("search.pageOf", { page, pages })}</p>
                  <ul>
                    {page > 1 && (
                      <li>
                        <a href={searchHref(ctx, query, kind, page - 1)} rel="prev">
                          {t("search.prev")}
                        </a>
                      </li>
                    )}
                    {page < pages && (
                      <li>
                        <a href={searchHref(ctx, query, kind, page + 1)} rel="next">
                          {t("search.next")}
                        </a>
                      </li>
                    )}
                  </ul>
                </nav>
              )}
            </>
          ) : (
            results.groups.map((g) => <Group key={g.kind} ctx={ctx} query={query} group={g} />)
          )}
        </>
      )}
    </>
  );
}
