import { countryCodes, countryName, regionLabel, regions } from "../../../../lib/countries.js";
import type { Locale } from "../../../../lib/i18n/index.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import { PositionPagination } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, SelectField, TextField } from "../../../../views/forms.js";
import { Listing } from "../../../../views/Listing.js";
import { acronymIn } from "../../directory.names.js";
import type { NetworkWithSections } from "../../networks/networks.service.js";
import { NoMatch } from "../../views/NoMatch.js";
import { plainText } from "../../views/names.js";
import { placeKindLabel, placeKinds } from "../places.schema.js";
import type { PlaceList } from "../places.service.js";
import { PlaceTable } from "./PlaceTable.js";

/** The filter values as they came in, to fill the form again and build the pagination links. */
export type FilterValues = Partial<
  Record<"q" | "network" | "section" | "country" | "region" | "kind", string>
>;

export function directoryHref(
  ctx: PageContext,
  values: FilterValues,
  position?: { after: string } | { before: string },
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) query.set(k, v);
  for (const [k, v] of Object.entries(position ?? {})) query.set(k, v);
  const qs = query.toString();
  return ctx.url(qs ? `/directory?${qs}` : "/directory");
}

// Sorting every country's name by the language's collation costs more than the page's queries: once per language.
const countryOptionsByLocale = new Map<Locale, { value: string; label: string }[]>();
function countryOptions(locale: Locale) {
  let options = countryOptionsByLocale.get(locale);
  if (!options) {
    options = countryCodes(locale).map((code) => ({ value: code, label: countryName(code, locale) }));
    countryOptionsByLocale.set(locale, options);
  }
  return options;
}

interface Props {
  ctx: PageContext;
  networks: NetworkWithSections[];
  values: FilterValues;
  errors?: FieldErrors;
  list?: PlaceList;
}

export function DirectoryPage({ ctx, networks, values, errors, list }: Props) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("directory.title")}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Listing
        ctx={ctx}
        heading={t("directory.results")}
        count={
          list && (
            <PositionPagination
              ctx={ctx}
              total={list.total}
              paged={list.paged}
              previous={list.previous}
              next={list.next}
              href={(position) => directoryHref(ctx, values, position)}
            />
          )
        }
        summary={t("find.summary")}
        inUse={Object.values(values).filter(Boolean).length}
        open={errors !== undefined}
        filters={<Filters ctx={ctx} networks={networks} values={values} errors={errors} />}
      >
        {list &&
          (list.places.length === 0 ? (
            <NoMatch
              ctx={ctx}
              kind="place"
              query={values.q}
              filtered={Object.entries(values).some(([k, v]) => k !== "q" && v)}
              href={(changed) => directoryHref(ctx, { ...values, ...changed })}
            />
          ) : (
            <PlaceTable ctx={ctx} places={list.places} />
          ))}
      </Listing>
    </>
  );
}

/** "UCCN – Creative Cities Network", or the name alone when it already starts with the acronym. */
function networkLabel(ctx: PageContext, n: NetworkWithSections): string {
  const name = plainText(ctx, n.name, n.originalLang);
  const acronym = acronymIn(ctx.locale, n);
  return name.startsWith(acronym) ? name : `${acronym} – ${name}`;
}

function Filters({ ctx, networks, values, errors }: Omit<Props, "list">) {
  const { t } = ctx;
  const any = t("directory.filter.any");
  return (
    <form
      method="get"
      action={ctx.url("/directory")}
      class="filters"
      aria-label={t("directory.filters")}
      noValidate
    >
      <TextField
        ctx={ctx}
        name="q"
        type="search"
        label={t("find.q")}
        hint={t("find.q.hint")}
        value={values.q}
        errors={errors}
        maxLength={200}
      />
      <SelectField
        ctx={ctx}
        name="network"
        label={t("directory.filter.network")}
        blank={any}
        value={values.network}
        errors={errors}
        options={networks.map((n) => ({ value: n.slug, label: networkLabel(ctx, n) }))}
      />
      <SelectField
        ctx={ctx}
        name="section"
        label={t("directory.filter.section")}
        blank={any}
        value={values.network && values.section ? `${values.network}/${values.section}` : undefined}
        errors={errors}
        options={[]}
        groups={networks
          .filter((n) => n.sections.length > 0)
          .map((n) => ({
            key: n.slug,
            label: acronymIn(ctx.locale, n),
            options: n.sections.map((s) => ({
              value: `${n.slug}/${s.slug}`,
              label: plainText(ctx, s.name, "en"),
            })),
          }))}
        data={{ "data-sections-of": "network" }}
      />
      <SelectField
        ctx={ctx}
        name="country"
        label={t("directory.filter.country")}
        blank={any}
        value={values.country?.toUpperCase()}
        errors={errors}
        options={countryOptions(ctx.locale)}
      />
      <SelectField
        ctx={ctx}
        name="region"
        label={t("directory.filter.region")}
        blank={any}
        value={values.region}
        errors={errors}
        options={regions.map((r) => ({ value: r, label: t(regionLabel(r)) }))}
      />
      <SelectField
        ctx={ctx}
        name="kind"
        label={t("directory.filter.kind")}
        blank={any}
        value={values.kind}
        errors={errors}
        options={placeKinds.map((k) => ({ value: k, label: t(placeKindLabel(k)) }))}
      />
      <div class="field">
        <button type="submit" class="button">
          {t("directory.filter.apply")}
        </button>{" "}
        <a href={ctx.url("/directory")}>{t("directory.filter.clear")}</a>
      </div>
    </form>
  );
}
