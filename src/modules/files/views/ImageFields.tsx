import { locales } from "../../../lib/i18n/index.js";
import type { FieldErrors } from "../../../lib/validation.js";
import type { PageContext } from "../../../views/context.js";
import { CheckboxField, FileField, TextField } from "../../../views/forms.js";
import { altFields, altLabel, decorativeField } from "../files.alt.js";

/**
 * The text fields come before the file: a browser sends fields in their order, so the server
 * knows whether the text alternative is there before it stores a byte.
 */
export function ImageFields({
  ctx,
  name,
  label,
  hint,
  values,
  errors,
}: {
  ctx: PageContext;
  /** The file input's name. */
  name: string;
  label: string;
  hint?: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = ctx.t;
  return (
    <>
      <fieldset aria-describedby="alt-hint">
        <legend>{t("files.alt.legend")}</legend>
        <p class="hint" id="alt-hint">
          {t("files.alt.hint")}
        </p>
        {locales
          .map((lang) => [lang, altFields[lang]] as const)
          .map(([lang, field]) => (
            <TextField
              key={field}
              ctx={ctx}
              name={field}
              label={t(altLabel(lang))}
              value={values?.[field]}
              errors={errors}
              maxLength={250}
            />
          ))}
        <CheckboxField
          ctx={ctx}
          name={decorativeField}
          label={t("files.decorative")}
          hint={t("files.decorative.hint")}
          checked={Boolean(values?.[decorativeField])}
          errors={errors}
        />
      </fieldset>
      <FileField
        ctx={ctx}
        name={name}
        label={label}
        hint={hint}
        errors={errors}
        accept="image/png,image/jpeg,image/webp,image/gif"
      />
    </>
  );
}
