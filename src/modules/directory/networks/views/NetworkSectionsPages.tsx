import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, fieldId, SelectField, TextArea, TextField } from "../../../../views/forms.js";
import { CommentField, History, type HistoryEntry } from "../../../../views/History.js";
import { ManageHeader } from "../../memberships/views/ManageHeader.js";
import type { SectionRow } from "../networks.repo.js";
import { sectionKinds } from "../networks.schema.js";
import { sectionFieldLabel, sectionKindLabel } from "../networks.sections.schema.js";

type FormState = { values: Record<string, string>; errors?: FieldErrors };
type Network = { slug: string };

/** Names in three languages and the kind of section. */
function SectionFields({ ctx, values, errors }: { ctx: PageContext } & FormState) {
  const t = ctx.t;
  return (
    <>
      {(["nameEn", "nameFr", "nameEs"] as const).map((name) => (
        <TextField
          key={name}
          ctx={ctx}
          name={name}
          label={t(sectionFieldLabel(name))}
          value={values[name]}
          errors={errors}
          maxLength={200}
          optional={name !== "nameEn"}
        />
      ))}
      <SelectField
        ctx={ctx}
        name="kind"
        label={t("sections.field.kind")}
        value={values.kind || "other"}
        errors={errors}
        options={sectionKinds.map((kind) => ({ value: kind, label: t(sectionKindLabel(kind)) }))}
      />
    </>
  );
}

function nameOf(ctx: PageContext, section: SectionRow): string {
  return section.name[ctx.locale] ?? section.name.en ?? Object.values(section.name)[0] ?? section.slug;
}

/** The network's sections, how many memberships use each, and the form adding one. */
export function NetworkSectionsPage({
  ctx,
  network,
  title,
  notice,
  sections,
  form,
  history,
}: {
  ctx: PageContext;
  network: Network;
  title: string;
  notice?: string;
  sections: { section: SectionRow; used: number }[];
  form: FormState;
  history: HistoryEntry[];
}) {
  const t = ctx.t;
  const base = `/networks/${network.slug}/sections`;
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={title} current="sections" notice={notice} />
      <ErrorSummary ctx={ctx} errors={form.errors} />
      {sections.length === 0 ? (
        <p>{t("sections.none")}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>{t("sections.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sections.list.name")}</th>
                <th scope="col">{t("sections.field.kind")}</th>
                <th scope="col">{t("sections.list.used")}</th>
              </tr>
            </thead>
            <tbody>
              {sections.map(({ section, used }) => (
                <tr key={section.id}>
                  <th scope="row">
                    <a href={ctx.url(`${base}/${section.id}`)}>{nameOf(ctx, section)}</a>
                  </th>
                  <td>{t(sectionKindLabel(section.kind))}</td>
                  <td>{t("sections.list.memberships", { count: used })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t("sections.add.heading")}</h2>
        <Form ctx={ctx} action={ctx.url(base)}>
          <SectionFields ctx={ctx} values={form.values} errors={form.errors} />
          <CommentField ctx={ctx} value={form.values.comment} errors={form.errors} />
          <button type="submit">{t("sections.add.submit")}</button>
        </Form>
      </section>
      <History ctx={ctx} entries={history} />
    </>
  );
}

/** One section: renaming it, or removing it when no membership uses it. */
export function NetworkSectionPage({
  ctx,
  network,
  section,
  title,
  used,
  form,
  removal,
}: {
  ctx: PageContext;
  network: Network;
  section: SectionRow;
  title: string;
  used: number;
  form: FormState;
  removal: FormState;
}) {
  const t = ctx.t;
  const base = `/networks/${network.slug}/sections/${section.id}`;
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={title} current="sections" />
      <ErrorSummary ctx={ctx} errors={{ ...form.errors, ...removal.errors }} />
      <p>
        <a href={ctx.url(`/networks/${network.slug}/sections`)}>{t("sections.back")}</a>
      </p>
      <Form ctx={ctx} action={ctx.url(base)}>
        <SectionFields ctx={ctx} values={form.values} errors={form.errors} />
        <CommentField ctx={ctx} value={form.values.comment} errors={form.errors} />
        <button type="submit">{t("sections.rename.submit")}</button>
      </Form>
      <section aria-labelledby="remove-heading">
        <h2 id="remove-heading">{t("sections.remove.heading")}</h2>
        {removal.errors?.section && (
          <p id={fieldId("section")} class="error-message">
            {removal.errors.section}
          </p>
        )}
        {used > 0 ? (
          <p>{t("sections.remove.inUse", { count: used })}</p>
        ) : (
          <Form ctx={ctx} action={ctx.url(`${base}/remove`)}>
            <p>{t("sections.remove.hint")}</p>
            <TextArea
              ctx={ctx}
              name="removalComment"
              label={t("audit.field.comment")}
              hint={t("audit.comment.hint")}
              value={removal.values.removalComment}
              errors={removal.errors}
              rows={2}
              maxLength={1000}
              optional
            />
            <button type="submit" class="secondary">
              {t("sections.remove.submit")}
            </button>
          </Form>
        )}
      </section>
    </>
  );
}
