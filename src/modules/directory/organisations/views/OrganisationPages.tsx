import { pickTranslation } from "../../../../lib/i18n/index.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import { Pagination, Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary } from "../../../../views/forms.js";
import { Listing } from "../../../../views/Listing.js";
import { NameSearch } from "../../views/NameSearch.js";
import { NoMatch } from "../../views/NoMatch.js";
import { Country } from "../../views/names.js";
import type { OrganisationView } from "../organisations.presenters.js";
import { organisationKindLabel } from "../organisations.schema.js";
import type { OrganisationList } from "../organisations.service.js";

function OrganisationName({ ctx, organisation: o }: { ctx: PageContext; organisation: OrganisationView }) {
  return (
    <>
      <Translated ctx={ctx} values={o.name} original={o.originalLang} />
      {o.acronym && ` (${o.acronym})`}
    </>
  );
}

export function OrganisationsPage({
  ctx,
  list,
  query,
  errors,
}: {
  ctx: PageContext;
  list: OrganisationList;
  /** The name searched for, if any. */
  query?: string;
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  const href = (q: string | undefined, page = 1) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return ctx.url(qs ? `/organisations?${qs}` : "/organisations");
  };
  return (
    <>
      <h1>{t("directory.organisations.title")}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Listing
        ctx={ctx}
        heading={t("directory.organisations.title")}
        count={
          <Pagination
            ctx={ctx}
            page={list.page}
            pages={list.pages}
            total={list.total}
            href={(page) => href(query, page)}
          />
        }
        summary={t("find.summary.name")}
        inUse={query ? 1 : 0}
        open={errors !== undefined}
        filters={<NameSearch ctx={ctx} action="/organisations" query={query} errors={errors} />}
      >
        {list.organisations.length > 0 ? (
          <ul class="cards">
            {list.organisations.map((o) => (
              <li class="card" key={o.slug}>
                <h3>
                  <a href={ctx.url(`/organisations/${o.slug}`)}>
                    <OrganisationName ctx={ctx} organisation={o} />
                  </a>
                </h3>
                <p>{t(organisationKindLabel(o.kind))}</p>
              </li>
            ))}
          </ul>
        ) : query ? (
          <NoMatch ctx={ctx} kind="organisation" query={query} href={({ q }) => href(q)} />
        ) : (
          <p>{t("directory.organisations.none")}</p>
        )}
      </Listing>
    </>
  );
}

export function OrganisationPage({
  ctx,
  organisation: o,
}: {
  ctx: PageContext;
  organisation: OrganisationView;
}) {
  const { t } = ctx;
  const hasDescription = Boolean(pickTranslation(o.description, ctx.locale, o.originalLang).text);
  return (
    <>
      <h1>
        <OrganisationName ctx={ctx} organisation={o} />
      </h1>
      {hasDescription && (
        <p class="lead">
          <Translated ctx={ctx} values={o.description} original={o.originalLang} />
        </p>
      )}
      <dl class="facts">
        <dt>{t("directory.organisation.kind")}</dt>
        <dd>{t(organisationKindLabel(o.kind))}</dd>
        {o.country && (
          <>
            <dt>{t("directory.organisation.country")}</dt>
            <dd>
              <Country ctx={ctx} code={o.country} />
            </dd>
          </>
        )}
        {o.website && (
          <>
            <dt>{t("directory.organisation.website")}</dt>
            <dd>
              <a href={o.website}>{o.website}</a>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
