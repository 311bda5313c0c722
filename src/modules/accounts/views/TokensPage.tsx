import { ErrorSummary, Form, TextField } from "../../../views/forms.js";
import { RemovableTable } from "../../../views/RemovableTable.js";
import type { ApiTokenView } from "../tokens.service.js";
import { SettingsNav } from "./SettingsForms.js";
import { type FormViewProps, Notice, Submit } from "./shared.js";

/** The account's personal API tokens: the one just created (shown once), the list, a form for another. */
export function TokensPage({
  ctx,
  tokens,
  created,
  values = {},
  errors,
  notice,
}: FormViewProps & { tokens: ApiTokenView[]; created?: { name: string; token: string }; notice?: string }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.tokens.title")}</h1>
      <SettingsNav ctx={ctx} />
      <Notice ctx={ctx} notice={notice} />
      {created && (
        <div class="notice" role="status">
          <h2>{t("accounts.tokens.created.title", { name: created.name })}</h2>
          <p>{t("accounts.tokens.created.body")}</p>
          <p>
            <code>{created.token}</code>
          </p>
        </div>
      )}
      <p>{t("accounts.tokens.lead")}</p>
      <p>
        <a href={ctx.url("/api/docs")}>{t("accounts.tokens.docs")}</a>
      </p>
      <h2>{t("accounts.tokens.list")}</h2>
      <RemovableTable
        ctx={ctx}
        rows={tokens}
        empty={t("accounts.tokens.none")}
        headings={[
          t("accounts.tokens.col.name"),
          t("accounts.tokens.col.prefix"),
          t("accounts.tokens.col.created"),
          t("accounts.tokens.col.actions"),
        ]}
        cells={(token) => (
          <>
            <td>
              <code>{`${token.prefix}…`}</code>
            </td>
            <td>{token.created}</td>
          </>
        )}
        action={(token) => `/account/tokens/${token.id}/revoke`}
        button={(token) => (
          <button
            type="submit"
            class="danger"
            aria-label={t("accounts.tokens.revokeNamed", { name: token.name })}
          >
            {t("accounts.tokens.revoke")}
          </button>
        )}
      />
      <h2>{t("accounts.tokens.new")}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/account/tokens")}>
        <TextField
          ctx={ctx}
          name="name"
          label={t("accounts.tokens.field.name")}
          hint={t("accounts.tokens.hint.name")}
          value={values.name}
          maxLength={80}
          errors={errors}
        />
        <Submit label={t("accounts.tokens.submit")} />
      </Form>
    </>
  );
}
