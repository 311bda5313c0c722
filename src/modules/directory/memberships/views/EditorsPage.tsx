import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, TextField } from "../../../../views/forms.js";
import { RemovableTable } from "../../../../views/RemovableTable.js";
import type { EditorView } from "../editors.service.js";
import { ManageHeader } from "./ManageHeader.js";

/** The admin's page choosing who edits a network. */
export function EditorsPage({
  ctx,
  network,
  title,
  notice,
  editors,
  values,
  errors,
}: {
  ctx: PageContext;
  network: { slug: string };
  title: string;
  notice?: string;
  editors: EditorView[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = ctx.t;
  const base = `/networks/${network.slug}/editors`;
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={title} current="editors" notice={notice} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <p>{t("manage.editors.intro")}</p>
      <RemovableTable
        ctx={ctx}
        rows={editors}
        empty={t("manage.editors.none")}
        headings={[t("manage.col.name"), t("manage.col.email"), t("manage.col.actions")]}
        cells={(editor) => <td>{editor.email}</td>}
        action={(editor) => `${base}/${editor.id}/remove`}
        button={(editor) => (
          <button type="submit" class="secondary">
            {t("manage.editors.remove")}
            <span class="visually-hidden"> {editor.name}</span>
          </button>
        )}
      />
      <section aria-labelledby="add-editor-heading">
        <h2 id="add-editor-heading">{t("manage.editors.add")}</h2>
        <Form ctx={ctx} action={ctx.url(base)}>
          <TextField
            ctx={ctx}
            name="email"
            type="email"
            autocomplete="off"
            label={t("manage.field.email")}
            hint={t("manage.editors.hint")}
            value={values?.email}
            errors={errors}
            maxLength={254}
          />
          <button type="submit">{t("manage.editors.submit")}</button>
        </Form>
      </section>
    </>
  );
}
