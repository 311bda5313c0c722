import { ErrorSummary, Form, TextField } from "../../../views/forms.js";
import { NameField, NewPasswordField } from "./AccountFields.js";
import { type FormViewProps, Notice, Submit } from "./shared.js";

export function SignUpForm({ ctx, values = {}, errors }: FormViewProps) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.signUp.title")}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/signup")}>
        <NameField ctx={ctx} value={values.name} errors={errors} />
        <TextField
          ctx={ctx}
          name="email"
          type="email"
          label={t("accounts.field.email")}
          value={values.email}
          autocomplete="email"
          maxLength={254}
          errors={errors}
        />
        <NewPasswordField ctx={ctx} errors={errors} />
        <TextField
          ctx={ctx}
          name="confirm"
          type="password"
          label={t("accounts.field.confirm")}
          autocomplete="new-password"
          errors={errors}
        />
        <Submit label={t("accounts.signUp.submit")} />
      </Form>
      <p>
        {t("accounts.signUp.haveAccount")} <a href={ctx.url("/signin")}>{t("layout.signIn")}</a>
      </p>
    </>
  );
}

export function SignInForm({ ctx, values = {}, errors, notice }: FormViewProps & { notice?: string }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.signIn.title")}</h1>
      <Notice ctx={ctx} notice={notice} />
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/signin")}>
        {values.next && <input type="hidden" name="next" value={values.next} />}
        <TextField
          ctx={ctx}
          name="email"
          type="email"
          label={t("accounts.field.email")}
          value={values.email}
          autocomplete="username"
          maxLength={254}
          errors={errors}
        />
        <TextField
          ctx={ctx}
          name="password"
          type="password"
          label={t("accounts.field.password")}
          autocomplete="current-password"
          errors={errors}
        />
        <Submit label={t("accounts.signIn.submit")} />
      </Form>
      <ul>
        <li>
          <a href={ctx.url("/password/forgot")}>{t("accounts.signIn.forgot")}</a>
        </li>
        <li>
          <a href={ctx.url("/signup")}>{t("layout.signUp")}</a>
        </li>
      </ul>
    </>
  );
}

export function ForgotForm({ ctx, values = {}, errors }: FormViewProps) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.forgot.title")}</h1>
      <p>{t("accounts.forgot.lead")}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url("/password/forgot")}>
        <TextField
          ctx={ctx}
          name="email"
          type="email"
          label={t("accounts.field.email")}
          value={values.email}
          autocomplete="email"
          maxLength={254}
          errors={errors}
        />
        <Submit label={t("accounts.forgot.submit")} />
      </Form>
    </>
  );
}

export function ResetForm({ ctx, errors, token }: FormViewProps & { token: string }) {
  const { t } = ctx;
  return (
    <>
      <h1>{t("accounts.reset.title")}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={ctx.url(`/password/reset/${token}`)}>
        <NewPasswordField ctx={ctx} label="accounts.field.newPassword" errors={errors} />
        <TextField
          ctx={ctx}
          name="confirm"
          type="password"
          label={t("accounts.field.confirm")}
          autocomplete="new-password"
          errors={errors}
        />
        <Submit label={t("accounts.reset.submit")} />
      </Form>
    </>
  );
}

/** A page that only says something: "check your email", "this link has expired"... */
export function Message({
  ctx,
  title,
  body,
  link,
}: FormViewProps & { title: string; body: string; link?: { href: string; label: string } }) {
  return (
    <>
      <h1>{ctx.t(title)}</h1>
      <p>{ctx.t(body)}</p>
      {link && (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      )}
    </>
  );
}
