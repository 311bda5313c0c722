import { countryCodes, countryName } from "../../../../lib/countries.js";
import { messageKeys } from "../../../../lib/i18n/keys.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, SelectField, TextField } from "../../../../views/forms.js";
import { placeKindLabel, placeKinds } from "../../places/places.schema.js";
import { ManageHeader } from "./ManageHeader.js";

const fieldLabel = messageKeys("places.new.field", [
  "name",
  "nameEn",
  "nameFr",
  "nameEs",
  "population",
  "latitude",
  "longitude",
]);

export interface NewPlacePageProps {
  network: { slug: string };
  title: string;
  values: Record<string, string>;
  errors?: FieldErrors;
  /** The place already there (or among the world's cities) that this one would duplicate: its name. */
  existing?: string;
}

/** The form for a place the search did not find; the place then waits on the members page. */
export function NewPlacePage({
  ctx,
  network,
  title,
  values,
  errors,
  existing,
}: NewPlacePageProps & { ctx: PageContext }) {
  const { t } = ctx;
  const action = `/networks/${network.slug}/manage`;
  const text = (
    name: (typeof fieldLabel.values)[number],
    extra: { hint?: string; optional?: boolean; inputMode?: "numeric" | "text" } = {},
  ) => (
    <TextField
      ctx={ctx}
      name={name}
      label={t(fieldLabel(name))}
      value={values[name]}
      errors={errors}
      maxLength={200}
      {...extra}
    />
  );
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={title} current="members" />
      <ErrorSummary ctx={ctx} errors={errors} />
      {existing && (
        <p>
          <a href={ctx.url(`${action}?q=${encodeURIComponent(existing)}`)}>
            {t("places.new.find", { place: existing })}
          </a>
        </p>
      )}
      <p>{t("places.new.intro")}</p>
      <Form ctx={ctx} action={ctx.url(`${action}/places/new`)}>
        {text("name", { hint: t("places.new.name.hint") })}
        {text("nameEn", { hint: t("places.new.translations"), optional: true })}
        {text("nameFr", { hint: t("places.new.translations"), optional: true })}
        {text("nameEs", { hint: t("places.new.translations"), optional: true })}
        <SelectField
          ctx={ctx}
          name="kind"
          label={t("places.new.field.kind")}
          value={values.kind ?? "city"}
          errors={errors}
          options={placeKinds.map((k) => ({ value: k, label: t(placeKindLabel(k)) }))}
        />
        <SelectField
          ctx={ctx}
          name="country"
          label={t("places.new.field.country")}
          value={values.country}
          errors={errors}
          blank={t("places.new.country.blank")}
          options={countryCodes(ctx.locale).map((code) => ({
            value: code,
            label: countryName(code, ctx.locale),
          }))}
        />
        {text("latitude", { hint: t("places.new.latitude.hint") })}
        {text("longitude", { hint: t("places.new.longitude.hint") })}
        {text("population", { optional: true, inputMode: "numeric" })}
        <button type="submit">{t("places.new.submit")}</button>
      </Form>
    </>
  );
}
