import type { VNode } from "preact";
import { languageName, locales } from "../../../lib/i18n/index.js";
import { ErrorSummary, Form, SelectField, TextField } from "../../../views/forms.js";
import { NameField, NewPasswordField } from "./AccountFields.js";
import { type FormViewProps, Notice, Submit } from "./shared.js";

export function SettingsNav({ ctx }: FormViewProps) {
  const { t } = ctx;
  const links = [
    ["/account", "accounts.profile.title"],
    ["/account/email", "accounts.email.title"],
    ["/account/password", "accounts.password.title"],
    ["/account/tokens", "accounts.tokens.title"],
    ["/account/delete", "accounts.delete.title"],
  ];
  const current = ctx.path.split("?")[0];
  return (
    <nav aria-label={t("accounts.settings.nav")}>
      <ul class="nav-list">
        {links.map(([path, key]) => (
          <li key={path}>
            <a href={ctx.url(path)} aria-current={current === path ? "page" : undefined}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Unconfirmed accounts may sign in and read; contributing waits for a confirmed address. */
function ConfirmBanner({ ctx }: FormViewProps) {
  if (!ctx.user || ctx.user.emailConfirmed) return null;
  return (
    <div class="notice" role="status">
      <p>{ctx.t("accounts.unconfirmed.body", { email: ctx.user.email })}</p>
      <Form ctx={ctx} action={ctx.url("/account/confirm")} class="inline-form">
        <Submit label={ctx.t("accounts.unconfirmed.resend")} />
      </Form>
    </div>
  );
}

export function ProfileForm({
  ctx,
  values = {},
  errors,
  notice,
  blocks,
}: FormViewProps & { notice?: string; blocks?: VNode[] }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.account.title")}</h1>
      <SettingsNav ctx={ctx} />
      <Notice ctx={ctx} notice={notice} />
      <ConfirmBanner ctx={ctx} />
      <h2>{t("accounts.profile.title")}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/account")}>
        <NameField ctx={ctx} value={values.name} errors={errors} />
        <TextField
          ctx={ctx}
          name="jobTitle"
          label={t("accounts.field.jobTitle")}
          value={values.jobTitle}
          autocomplete="organization-title"
          maxLength={160}
          optional
          errors={errors}
        />
        <SelectField
          ctx={ctx}
          name="locale"
          label={t("accounts.field.locale")}
          hint={t("accounts.hint.locale")}
          value={values.locale}
          options={locales.map((l) => ({ value: l, label: t(languageName(l)) }))}
          errors={errors}
        />
        <Submit label={t("accounts.profile.submit")} />
      </Form>
      {blocks}
    </>
  );
}

export function EmailForm({ ctx, values = {}, errors, notice }: FormViewProps & { notice?: string }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.email.title")}</h1>
      <SettingsNav ctx={ctx} />
      <Notice ctx={ctx} notice={notice} />
      <p>{t("accounts.email.current", { email: ctx.user?.email ?? "" })}</p>
      <p>{t("accounts.email.lead")}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/account/email")}>
        <TextField
          ctx={ctx}
          name="email"
          type="email"
          label={t("accounts.field.newEmail")}
          value={values.email}
          autocomplete="email"
          maxLength={254}
          errors={errors}
        />
        <TextField
          ctx={ctx}
          name="currentPassword"
          type="password"
          label={t("accounts.field.currentPassword")}
          autocomplete="current-password"
          errors={errors}
        />
        <Submit label={t("accounts.email.submit")} />
      </Form>
    </>
  );
}

export function PasswordForm({ ctx, errors, notice }: FormViewProps & { notice?: string }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.password.title")}</h1>
      <SettingsNav ctx={ctx} />
      <Notice ctx={ctx} notice={notice} />
      <p>{t("accounts.password.lead")}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/account/password")}>
        <TextField
          ctx={ctx}
          name="currentPassword"
          type="password"
          label={t("accounts.field.currentPassword")}
          autocomplete="current-password"
          errors={errors}
        />
        <NewPasswordField ctx={ctx} name="newPassword" label="accounts.field.newPassword" errors={errors} />
        <TextField
          ctx={ctx}
          name="confirm"
          type="password"
          label={t("accounts.field.confirm")}
          autocomplete="new-password"
          errors={errors}
        />
        <Submit label={t("accounts.password.submit")} />
      </Form>
    </>
  );
}

export function DeleteForm({ ctx, errors }: FormViewProps) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.delete.title")}</h1>
      <SettingsNav ctx={ctx} />
      <p>{t("accounts.delete.lead")}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/account/delete")}>
        <TextField
          ctx={ctx}
          name="currentPassword"
          type="password"
          label={t("accounts.field.currentPassword")}
          autocomplete="current-password"
          errors={errors}
        />
        <Submit label={t("accounts.delete.submit")} danger />
      </Form>
    </>
  );
}
