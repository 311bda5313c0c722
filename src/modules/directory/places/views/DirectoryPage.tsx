import { countryCodes, countryName, regions } from "../../../../lib/countries.js";
import type { Locale } from "../../../../lib/i18n/index.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import { PositionPagination } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, SelectField } from "../../../../views/forms.js";
import type { NetworkView, SectionView } from "../../networks/networks.presenters.js";
import { plainText } from "../../views/names.js";
import { placeKinds } from "../places.schema.js";
import type { PlaceList } from "../places.service.js";
import { PlaceTable } from "./PlaceTable.js";

/** The filter values as they came in, to fill the form again and build the pagination links. */
export type FilterValues = Partial<Record<"network" | "section" | "country" | "region" | "kind", string>>;

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
  networks: NetworkView[];
  values: FilterValues;
  errors?: FieldErrors;
  list?: PlaceList;
}

export function DirectoryPage({ ctx, networks, values, errors, list }: Props) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("directory.title")}</h1>
      <p class="lead">{t("directory.lead")}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Filters
        ctx={ctx}
        networks={networks}
        values={values}
        errors={errors}
        sections={list?.sections ?? []}
      />
      {list && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t("directory.results")}</h2>
          <PositionPagination
            ctx={ctx}
            total={list.total}
            paged={list.paged}
            previous={list.previous}
            next={list.next}
            href={(position) => directoryHref(ctx, values, position)}
          />
          {list.places.length === 0 ? (
            <p>{t("directory.results.none")}</p>
          ) : (
            <PlaceTable ctx={ctx} places={list.places} />
          )}
        </section>
      )}
    </>
  );
}

function Filters({
  ctx,
  networks,
  values,
  errors,
  sections,
}: Omit<Props, "list"> & { sections: SectionView[] }) {
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
      <SelectField
        ctx={ctx}
        name="network"
        label={t("directory.filter.network")}
        hint={sections.length === 0 ? t("directory.filter.sectionHint") : undefined}
        blank={any}
        value={values.network}
        errors={errors}
        options={networks.map((n) => {
          const name = plainText(ctx, n.name, n.originalLang);
          // "Metropolis – World Association..." already starts with its acronym: no need to say it twice.
          return { value: n.slug, label: name.startsWith(n.acronym) ? name : `${n.acronym} – ${name}` };
        })}
      />
      {sections.length > 0 && (
        <SelectField
          ctx={ctx}
          name="section"
          label={t("directory.filter.section")}
          blank={any}
          value={values.section}
          errors={errors}
          options={sections.map((s) => ({ value: s.slug, label: plainText(ctx, s.name, "en") }))}
        />
      )}
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
        options={regions.map((r) => ({ value: r, label: t(`region.${r}`) }))}
      />
      <SelectField
        ctx={ctx}
        name="kind"
        label={t("directory.filter.kind")}
        blank={any}
        value={values.kind}
        errors={errors}
        options={placeKinds.map((k) => ({ value: k, label: t(`directory.kind.${k}`) }))}
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
