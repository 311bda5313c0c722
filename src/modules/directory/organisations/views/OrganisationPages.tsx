import { pickTranslation } from "../../../../lib/i18n/index.js";
import { Pagination, Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
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

export function OrganisationsPage({ ctx, list }: { ctx: PageContext; list: OrganisationList }) {
  const { t } = ctx;
  const href = (page: number) => ctx.url(page > 1 ? `/organisations?page=${page}` : "/organisations");
  return (
    <>
      <h1>{t("directory.organisations.title")}</h1>
      <p class="lead">{t("directory.organisations.lead")}</p>
      <Pagination ctx={ctx} page={list.page} pages={list.pages} total={list.total} href={href} />
      {list.organisations.length === 0 ? (
        <p>{t("directory.organisations.none")}</p>
      ) : (
        <ul class="cards">
          {list.organisations.map((o) => (
            <li class="card" key={o.slug}>
              <h2>
                <a href={ctx.url(`/organisations/${o.slug}`)}>
                  <OrganisationName ctx={ctx} organisation={o} />
                </a>
              </h2>
              <p>{t(organisationKindLabel(o.kind))}</p>
            </li>
          ))}
        </ul>
      )}
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
