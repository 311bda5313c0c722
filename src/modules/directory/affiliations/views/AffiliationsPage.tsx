import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, fieldId, SelectField, TextField } from "../../../../views/forms.js";
import { plainText } from "../../views/names.js";
import { affiliationRoleLabel, affiliationRoles } from "../affiliations.schema.js";
import type { AffiliationChoice, AffiliationView } from "../affiliations.service.js";
import { AffiliationTarget } from "./AffiliationList.js";

function targetName(ctx: PageContext, a: AffiliationView): string {
  if (a.place) return plainText(ctx, a.place.names, a.place.originalLang);
  return a.organisation ? plainText(ctx, a.organisation.name, a.organisation.originalLang) : "";
}

/** The person's affiliations, each removable, and a search to add one. */
export function AffiliationsPage(props: {
  ctx: PageContext;
  affiliations: AffiliationView[];
  q: string;
  choices?: AffiliationChoice[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { ctx, affiliations, q, choices, values = {}, errors } = props;
  const t = ctx.t;
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      {props.notice && (
        <p class="notice" role="status" tabIndex={-1} data-autofocus>
          {props.notice}
        </p>
      )}
      <h1>{t("affiliations.title")}</h1>
      <p>{t("affiliations.lead")}</p>
      {affiliations.length === 0 ? (
        <p>{t("affiliations.none")}</p>
      ) : (
        <ul class="affiliations">
          {affiliations.map((a) => (
            <li key={a.id}>
              {t(affiliationRoleLabel(a.role))} – <AffiliationTarget ctx={ctx} affiliation={a} />{" "}
              <Form ctx={ctx} action={ctx.url(`/account/affiliations/${a.id}/remove`)} class="inline-form">
                <button type="submit" class="link-button">
                  {t("affiliations.remove", { name: targetName(ctx, a) })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("affiliations.add.title")}</h2>
      <form method="get" action={ctx.url("/account/affiliations")} class="filters">
        <TextField
          ctx={ctx}
          name="q"
          type="search"
          label={t("affiliations.field.q")}
          value={q}
          maxLength={200}
        />
        <button type="submit" class="secondary">
          {t("affiliations.search")}
        </button>
      </form>
      {choices && choices.length === 0 && <p>{t("affiliations.noMatch")}</p>}
      {choices && choices.length > 0 && (
        <Form ctx={ctx} action={ctx.url("/account/affiliations")}>
          <input type="hidden" name="q" value={q} />
          <TargetChoice ctx={ctx} choices={choices} value={values.target} errors={errors} />
          <SelectField
            ctx={ctx}
            name="role"
            label={t("affiliations.field.role")}
            value={values.role}
            blank={t("affiliations.chooseRole")}
            options={affiliationRoles.map((r) => ({ value: r, label: t(affiliationRoleLabel(r)) }))}
            errors={errors}
          />
          <button type="submit">{t("affiliations.submit")}</button>
        </Form>
      )}
    </>
  );
}

function TargetChoice(props: {
  ctx: PageContext;
  choices: AffiliationChoice[];
  value?: string;
  errors?: FieldErrors;
}) {
  const { ctx, choices, errors } = props;
  const id = fieldId("target");
  const error = errors?.target;
  return (
    <div class={error ? "field field-error" : "field"}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{ctx.t("affiliations.choose")}</legend>
        {error && (
          <p class="error-message" id={`${id}-error`}>
            <span class="visually-hidden">{ctx.t("form.errorPrefix")}</span> {error}
          </p>
        )}
        {choices.map((c, i) => {
          const inputId = i === 0 ? id : `${id}-${i}`;
          return (
            <div class="choice" key={c.value}>
              <input
                type="radio"
                id={inputId}
                name="target"
                value={c.value}
                checked={props.value === c.value}
              />
              <label for={inputId}>
                {c.title}
                {c.summary && <span class="hint"> ({c.summary})</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
