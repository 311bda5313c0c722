import { locales } from "../../../../lib/i18n/index.js";
import { nameArticles } from "../../../../lib/i18n/names.js";
import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, SelectField, TextArea, TextField } from "../../../../views/forms.js";
import { CommentField, History, type HistoryEntry } from "../../../../views/History.js";
import { ImageFields } from "../../../files/index.js";
import { ManageHeader } from "../../memberships/views/ManageHeader.js";
import { networkFieldLabel } from "../networks.edit.schema.js";
import type { NetworkView } from "../networks.presenters.js";

type FormState = { values: Record<string, string>; errors?: FieldErrors };

/**
 * The fields admins and editors share: the acronym and the English name first (the two required),
 * then the other names, acronyms and articles per language, descriptions, website.
 */
function NetworkFields({ ctx, values, errors }: { ctx: PageContext } & FormState) {
  const t = ctx.t;
  const field = (name: Parameters<typeof networkFieldLabel>[0], optional = true) => (
    <TextField
      ctx={ctx}
      name={name}
      label={t(networkFieldLabel(name))}
      value={values[name]}
      errors={errors}
      maxLength={200}
      optional={optional}
    />
  );
  return (
    <>
      <TextField
        ctx={ctx}
        name="acronym"
        label={t("networks.field.acronym")}
        value={values.acronym}
        errors={errors}
        maxLength={40}
      />
      {field("nameEn", false)}
      {field("nameFr")}
      {field("nameEs")}
      {(["acronymFr", "acronymEs"] as const).map((name) => (
        <TextField
          key={name}
          ctx={ctx}
          name={name}
          label={t(networkFieldLabel(name))}
          hint={t("networks.acronym.hint")}
          value={values[name]}
          errors={errors}
          maxLength={40}
          optional
        />
      ))}
      {locales.map((lang) => {
        const name = `article${lang[0].toUpperCase()}${lang.slice(1)}` as
          | "articleEn"
          | "articleFr"
          | "articleEs";
        return (
          <SelectField
            key={name}
            ctx={ctx}
            name={name}
            label={t(networkFieldLabel(name))}
            hint={t("networks.article.hint")}
            value={values[name]}
            errors={errors}
            options={nameArticles[lang].map((a) => ({
              value: a,
              label: a === "" ? t("networks.article.none") : a === "l" ? "l’" : a,
            }))}
          />
        );
      })}
      {(["descriptionEn", "descriptionFr", "descriptionEs"] as const).map((name) => (
        <TextArea
          key={name}
          ctx={ctx}
          name={name}
          label={t(networkFieldLabel(name))}
          value={values[name]}
          errors={errors}
          maxLength={4000}
          optional
        />
      ))}
      <TextField
        ctx={ctx}
        name="website"
        type="url"
        label={t("networks.field.website")}
        hint={t("networks.website.hint")}
        value={values.website}
        errors={errors}
        maxLength={500}
        optional
      />
    </>
  );
}

export function NewNetworkPage({ ctx, values, errors }: { ctx: PageContext } & FormState) {
  const t = ctx.t;
  return (
    <>
      <h1>{t("networks.new.title")}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/networks/new")}>
        <TextField
          ctx={ctx}
          name="slug"
          label={t("networks.field.slug")}
          hint={t("networks.slug.hint")}
          value={values.slug}
          errors={errors}
          maxLength={60}
        />
        <NetworkFields ctx={ctx} values={values} errors={errors} />
        <CommentField ctx={ctx} value={values.comment} errors={errors} />
        <button type="submit">{t("networks.new.submit")}</button>
      </Form>
    </>
  );
}

export function NetworkEditPage({
  ctx,
  network,
  title,
  notice,
  details,
  logo,
  history,
}: {
  ctx: PageContext;
  network: NetworkView;
  title: string;
  notice?: string;
  details: FormState;
  logo: FormState;
  history: HistoryEntry[];
}) {
  const t = ctx.t;
  const base = `/networks/${network.slug}/edit`;
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={title} current="details" notice={notice} />
      <ErrorSummary ctx={ctx} errors={{ ...details.errors, ...logo.errors }} />
      <Form ctx={ctx} action={ctx.url(base)}>
        <NetworkFields ctx={ctx} values={details.values} errors={details.errors} />
        <CommentField ctx={ctx} value={details.values.comment} errors={details.errors} />
        <button type="submit">{t("networks.edit.submit")}</button>
      </Form>
      <section aria-labelledby="logo-heading">
        <h2 id="logo-heading">{t("networks.logo.heading")}</h2>
        {network.logo?.srcset ? (
          <figure>
            <img
              src={network.logo.path}
              srcset={network.logo.srcset}
              sizes={`${network.logo.width ?? 160}px`}
              width={network.logo.width}
              height={network.logo.height}
              alt={network.logo.alt[ctx.locale] ?? Object.values(network.logo.alt)[0] ?? ""}
            />
            <figcaption>{t("networks.logo.current")}</figcaption>
          </figure>
        ) : (
          <p>{t("networks.logo.none")}</p>
        )}
        {/* A multipart body is read after the CSRF check, so its token travels in the address. */}
        <form
          method="post"
          action={`${ctx.url(`${base}/logo`)}?_csrf=${encodeURIComponent(ctx.csrf())}`}
          encType="multipart/form-data"
          noValidate
        >
          <ImageFields
            ctx={ctx}
            name="logo"
            label={t("networks.field.logo")}
            hint={t("networks.logo.hint")}
            values={logo.values}
            errors={logo.errors}
          />
          <button type="submit">{t("networks.logo.submit")}</button>
        </form>
        {network.logo?.srcset && (
          <Form ctx={ctx} action={ctx.url(`${base}/logo/remove`)}>
            <button type="submit" class="secondary">
              {t("networks.logo.remove")}
            </button>
          </Form>
        )}
      </section>
      <History ctx={ctx} entries={history} />
    </>
  );
}
