import type { FastifyInstance } from "fastify";
import { formValues } from "../../lib/forms.js";
import { type AppDeps, localePath, redirectTo } from "../../lib/http.js";
import { sameSiteTarget } from "../../lib/redirect.js";
import { parseInput } from "../../lib/validation.js";
import { accountLimits } from "./accounts.limits.js";
import { isTokenShaped, show, showMessage } from "./accounts.render.js";
import { forgotSchema, labels, resetSchema, signInSchema, signUpSchema } from "./accounts.schema.js";
import { authenticate, signUp } from "./accounts.service.js";
import { signInBrowser, signOutBrowser } from "./accounts.session.js";
import { followLink, isResetLinkValid, requestPasswordReset, resetPassword } from "./accounts.settings.js";
import { ForgotForm, ResetForm, SignInForm, SignUpForm } from "./views/AuthForms.js";

type Params = { token: string };
type Query = { next?: string; notice?: string };

/** Sign up, confirm, sign in and out, and the forgotten-password path. */
export function authRoutes(app: FastifyInstance, deps: AppDeps): void {
  const limits = accountLimits(app);
  const safeNext = (next: unknown) => sameSiteTarget(next, deps.config.baseUrl);
  app.get("/signup", (request, reply) =>
    request.user
      ? redirectTo(request, reply, "/account")
      : show(request, reply, "accounts.signUp.title", (ctx) => <SignUpForm ctx={ctx} />),
  );

  app.post("/signup", { preHandler: limits.signUp.check }, async (request, reply) => {
    const parsed = parseInput(signUpSchema, request.body, request.t, labels);
    if (!parsed.ok) {
      const values = formValues(request.body);
      return show(
        request,
        reply,
        "accounts.signUp.title",
        (ctx) => <SignUpForm ctx={ctx} values={values} errors={parsed.errors} />,
        422,
      );
    }
    await signUp(deps, parsed.data, request.locale);
    return redirectTo(request, reply, "/signup/sent");
  });

  app.get("/signup/sent", (request, reply) => showMessage(request, reply, "accounts.signUpSent"));

  app.get<{ Querystring: Query }>("/signin", (request, reply) => {
    const next = safeNext(request.query.next);
    if (request.user) return reply.redirect(next ?? localePath(request.locale, "/"), 303);
    return show(request, reply, "accounts.signIn.title", (ctx) => (
      <SignInForm ctx={ctx} values={{ next }} notice={request.query.notice} />
    ));
  });

  app.post("/signin", { preHandler: limits.signIn.check }, async (request, reply) => {
    const parsed = parseInput(signInSchema, request.body, request.t, labels);
    const user = parsed.ok ? await authenticate(deps, parsed.data.email, parsed.data.password) : undefined;
    if (!user) {
      await limits.signIn.count(request);
      const errors = parsed.ok ? { email: request.t("accounts.error.signInFailed") } : parsed.errors;
      const values = formValues(request.body);
      return show(
        request,
        reply,
        "accounts.signIn.title",
        (ctx) => <SignInForm ctx={ctx} values={values} errors={errors} />,
        422,
      );
    }
    await signInBrowser(deps, request, reply, user);
    return reply.redirect(safeNext(parsed.ok && parsed.data.next) ?? localePath(request.locale, "/"), 303);
  });

  app.post("/signout", async (request, reply) => {
    await signOutBrowser(deps, request, reply);
    return redirectTo(request, reply, "/");
  });

  app.get<{ Params: Params }>("/confirm/:token", async (request, reply) => {
    const outcome = isTokenShaped(request.params.token)
      ? await followLink(deps, request.params.token, request.sessionId)
      : "invalid_link";
    if (outcome === "confirmed" || outcome === "email_changed") {
      const notice = outcome === "confirmed" ? "confirmed" : "emailChanged";
      return redirectTo(
        request,
        reply,
        request.user ? `/account?notice=${notice}` : `/signin?notice=${notice}`,
      );
    }
    const prefix = outcome === "email_taken" ? "accounts.emailTaken" : "accounts.invalidLink";
    return showMessage(request, reply, prefix, outcome === "email_taken" ? 409 : 400, {
      path: "/account",
      label: "layout.myAccount",
    });
  });

  app.get("/password/forgot", (request, reply) =>
    show(request, reply, "accounts.forgot.title", (ctx) => <ForgotForm ctx={ctx} />),
  );

  app.post("/password/forgot", { preHandler: limits.reset.check }, async (request, reply) => {
    const parsed = parseInput(forgotSchema, request.body, request.t, labels);
    if (!parsed.ok) {
      const values = formValues(request.body);
      return show(
        request,
        reply,
        "accounts.forgot.title",
        (ctx) => <ForgotForm ctx={ctx} values={values} errors={parsed.errors} />,
        422,
      );
    }
    await requestPasswordReset(deps, parsed.data.email);
    return redirectTo(request, reply, "/password/forgot/sent");
  });

  app.get("/password/forgot/sent", (request, reply) => showMessage(request, reply, "accounts.forgotSent"));

  app.get<{ Params: Params }>("/password/reset/:token", async (request, reply) => {
    const { token } = request.params;
    if (!isTokenShaped(token) || !(await isResetLinkValid(deps, token))) {
      return showMessage(request, reply, "accounts.invalidLink", 400, {
        path: "/password/forgot",
        label: "accounts.signIn.forgot",
      });
    }
    return show(request, reply, "accounts.reset.title", (ctx) => <ResetForm ctx={ctx} token={token} />);
  });

  app.post<{ Params: Params }>("/password/reset/:token", async (request, reply) => {
    const { token } = request.params;
    const parsed = parseInput(resetSchema, request.body, request.t, labels);
    if (!parsed.ok) {
      return show(
        request,
        reply,
        "accounts.reset.title",
        (ctx) => <ResetForm ctx={ctx} token={token} errors={parsed.errors} />,
        422,
      );
    }
    const outcome = isTokenShaped(token)
      ? await resetPassword(deps, token, parsed.data.password)
      : "invalid_link";
    if (outcome !== "ok") {
      return showMessage(request, reply, "accounts.invalidLink", 400, {
        path: "/password/forgot",
        label: "accounts.signIn.forgot",
      });
    }
    await signOutBrowser(deps, request, reply);
    return redirectTo(request, reply, "/signin?notice=passwordReset");
  });
}
