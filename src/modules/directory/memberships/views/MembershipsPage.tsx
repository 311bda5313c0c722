import type { FieldErrors } from "../../../../lib/validation.js";
import { Pagination } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, SelectField, TextField } from "../../../../views/forms.js";
import { CommentField, History, type HistoryEntry } from "../../../../views/History.js";
import type { WorldCity } from "../../places/places.add.service.js";
import { plainText } from "../../views/names.js";
import type { ManagedMembership, ManagedNetwork, PlaceMatch } from "../memberships.presenter.js";
import { ManageHeader } from "./ManageHeader.js";
import { MembershipsTable } from "./MembershipsTable.js";
import { PlaceChoice } from "./PlaceChoice.js";

export interface MembershipsPageProps {
  network: ManagedNetwork;
  title: string;
  notice?: string;
  list: { memberships: ManagedMembership[]; total: number; page: number; pages: number };
  /** The search typed, its matches (none before a search) and the add form's values and errors. */
  search: { q?: string; matches?: PlaceMatch[]; world?: WorldCity[]; errors?: FieldErrors };
  add: { values?: Record<string, string>; errors?: FieldErrors };
  /** The latest changes to the network and its members. */
  history: HistoryEntry[];
}

export function SectionSelect({
  ctx,
  network,
  value,
  errors,
}: {
  ctx: PageContext;
  network: ManagedNetwork;
  value?: string | null;
  errors?: FieldErrors;
}) {
  if (network.sections.length === 0) return null;
  return (
    <SelectField
      ctx={ctx}
      name="section"
      label={ctx.t("manage.field.section")}
      value={value}
      errors={errors}
      blank={ctx.t("manage.section.none")}
      options={network.sections.map((s) => ({ value: s.slug, label: plainText(ctx, s.name, "en") }))}
    />
  );
}

export function SinceYearField({
  ctx,
  value,
  errors,
}: {
  ctx: PageContext;
  value?: string | number | null;
  errors?: FieldErrors;
}) {
  return (
    <TextField
      ctx={ctx}
      name="sinceYear"
      label={ctx.t("manage.field.sinceYear")}
      hint={ctx.t("manage.sinceYear.hint")}
      value={value}
      errors={errors}
      inputMode="numeric"
      maxLength={4}
      optional
    />
  );
}

export function MembershipsPage({ ctx, ...props }: MembershipsPageProps & { ctx: PageContext }) {
  const { network, search, add, list } = props;
  const t = ctx.t;
  const action = `/networks/${network.slug}/manage`;
  const found = (search.matches?.length ?? 0) + (search.world?.length ?? 0);
  const showForm = found > 0 || Boolean(add.errors);
  const newPlace = `${action}/places/new${search.q ? `?name=${encodeURIComponent(search.q)}` : ""}`;
  const pageHref = (page: number) => ctx.url(`${action}?page=${page}`);
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={props.title} current="members" notice={props.notice} />
      <ErrorSummary ctx={ctx} errors={{ ...search.errors, ...add.errors }} />
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("manage.add.heading")}</h2>
        <form method="get" action={ctx.url(action)} class="filters">
          <TextField
            ctx={ctx}
            name="q"
            type="search"
            label={t("manage.field.search")}
            hint={t("manage.search.hint")}
            value={search.q}
            errors={search.errors}
            maxLength={100}
          />
          <button type="submit" class="secondary">
            {t("manage.search.submit")}
          </button>
        </form>
        {search.q && found === 0 && <p>{t("manage.search.none", { q: search.q })}</p>}
        {showForm && (
          <Form ctx={ctx} action={ctx.url(action)}>
            <input type="hidden" name="q" value={search.q ?? ""} />
            <PlaceChoice
              ctx={ctx}
              matches={search.matches ?? []}
              world={search.world ?? []}
              value={add.values?.place}
              errors={add.errors}
            />
            <SectionSelect ctx={ctx} network={network} value={add.values?.section} errors={add.errors} />
            <SinceYearField ctx={ctx} value={add.values?.sinceYear} errors={add.errors} />
            <CommentField ctx={ctx} value={add.values?.comment} errors={add.errors} />
            <button type="submit">{t("manage.add.submit")}</button>
          </Form>
        )}
        {search.q && (
          <p>
            <a href={ctx.url(newPlace)}>{t("manage.newPlace.link")}</a>
          </p>
        )}
        {(search.world?.length ?? 0) > 0 && (
          <p class="hint">
            {t("manage.world.credit")} <a href="https://www.geonames.org/">GeoNames</a>, CC BY 4.0
          </p>
        )}
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t("manage.list.heading")}</h2>
        <MembershipsTable ctx={ctx} network={network} memberships={list.memberships} />
        <Pagination ctx={ctx} page={list.page} pages={list.pages} total={list.total} href={pageHref} />
      </section>
      <History ctx={ctx} entries={props.history} />
    </>
  );
}
