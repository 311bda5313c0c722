import type { FieldErrors } from "../../../lib/validation.js";
import type { PageContext } from "../../../views/context.js";
import { TextField } from "../../../views/forms.js";

/** The search by name of a list without other filters (networks, organisations): a plain GET form. */
export function NameSearch({
  ctx,
  action,
  query,
  errors,
}: {
  ctx: PageContext;
  action: string;
  query?: string;
  /** The search refused (too long, control characters): said beside the field. */
  errors?: FieldErrors;
}) {
  const { t } = ctx;
  return (
    <search>
      <form method="get" action={ctx.url(action)} class="filters" noValidate>
        <TextField
          ctx={ctx}
          name="q"
          type="search"
          label={t("find.q")}
          hint={t("find.q.hint")}
          value={query}
          errors={errors}
          maxLength={200}
        />
        <div class="field">
          <button type="submit" class="button">
            {t("find.submit")}
          </button>
          {query && (
            <>
              {" "}
              <a href={ctx.url(action)}>{t("find.clear")}</a>
            </>
          )}
        </div>
      </form>
    </search>
  );
}
