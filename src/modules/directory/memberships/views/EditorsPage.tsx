import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, TextField } from "../../../../views/forms.js";
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
      {editors.length === 0 ? (
        <p>{t("manage.editors.none")}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("manage.col.name")}</th>
                <th scope="col">{t("manage.col.email")}</th>
                <th scope="col">{t("manage.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {editors.map((editor) => (
                <tr key={editor.id}>
                  <th scope="row">{editor.name}</th>
                  <td>{editor.email}</td>
                  <td>
                    <Form ctx={ctx} action={ctx.url(`${base}/${editor.id}/remove`)} class="inline-form">
                      <button type="submit" class="secondary">
                        {t("manage.editors.remove")}
                        <span class="visually-hidden"> {editor.name}</span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
