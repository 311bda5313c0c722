import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../lib/errors.js";
import { formValues } from "../../lib/forms.js";
import { type AppDeps, localePath, redirectTo, requireUser } from "../../lib/http.js";
import { parseInput } from "../../lib/validation.js";
import { renderBlocks } from "../../views/blocks.js";
import { pageContext } from "../../views/page.js";
import { accountLimits } from "./accounts.limits.js";
import { show, showMessage } from "./accounts.render.js";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteSchema,
  labels,
  profileSchema,
} from "./accounts.schema.js";
import { signOutBrowser } from "./accounts.session.js";
import {
  changePassword,
  deleteAccount,
  getProfile,
  type Outcome,
  requestEmailChange,
  resendConfirmation,
  updateProfile,
} from "./accounts.settings.js";
import { DeleteForm, EmailForm, PasswordForm, ProfileForm } from "./views/SettingsForms.js";

type Query = { Querystring: { notice?: string } };

function wrongPassword(request: FastifyRequest, outcome: Outcome) {
  return outcome === "wrong_password"
    ? { currentPassword: request.t("accounts.error.wrongPassword") }
    : undefined;
}

/** The signed-in person's own settings: profile, email, password, deleting the account. */
export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { perAccount } = accountLimits(app);
  app.get<Query>("/account", async (request, reply) => {
    const user = requireUser(request);
    const profile = await getProfile(deps, user.id);
    if (!profile) throw notFound();
    // What other modules keep for this person (whom they represent, their networks) follows the profile.
    const blocks = await renderBlocks("account", { deps, page: pageContext(request, reply) });
    return show(request, reply, "accounts.account.title", (ctx) => (
      <ProfileForm ctx={ctx} values={profile} notice={request.query.notice} blocks={blocks} />
    ));
  });

  app.post("/account", async (request, reply) => {
    const user = requireUser(request);
    const parsed = parseInput(profileSchema, request.body, request.t, labels);
    if (!parsed.ok) {
      const values = formValues(request.body);
      return show(
        request,
        reply,
        "accounts.account.title",
        (ctx) => <ProfileForm ctx={ctx} values={values} errors={parsed.errors} />,
        422,
      );
    }
    await updateProfile(deps, user.id, parsed.data);
    // The pages follow the language just chosen.
    return reply.redirect(localePath(parsed.data.locale, "/account?notice=profileSaved"), 303);
  });

  app.post("/account/confirm", { preHandler: perAccount(3).check }, async (request, reply) => {
    const user = requireUser(request);
    await resendConfirmation(deps, user.id);
    return redirectTo(request, reply, "/account?notice=confirmationSent");
  });

  app.get<Query>("/account/email", (request, reply) => {
    requireUser(request);
    return show(request, reply, "accounts.email.title", (ctx) => (
      <EmailForm ctx={ctx} notice={request.query.notice} />
    ));
  });

  app.post("/account/email", { preHandler: perAccount(10).check }, async (request, reply) => {
    const user = requireUser(request);
    const parsed = parseInput(changeEmailSchema, request.body, request.t, labels);
    const outcome = parsed.ok
      ? await requestEmailChange(deps, user.id, parsed.data.email, parsed.data.currentPassword)
      : undefined;
    if (!parsed.ok || outcome !== "ok") {
      const errors = parsed.ok ? wrongPassword(request, outcome as Outcome) : parsed.errors;
      const values = formValues(request.body);
      return show(
        request,
        reply,
        "accounts.email.title",
        (ctx) => <EmailForm ctx={ctx} values={values} errors={errors} />,
        422,
      );
    }
    return redirectTo(request, reply, "/account/email?notice=emailSent");
  });

  app.get<Query>("/account/password", (request, reply) => {
    requireUser(request);
    return show(request, reply, "accounts.password.title", (ctx) => (
      <PasswordForm ctx={ctx} notice={request.query.notice} />
    ));
  });

  app.post("/account/password", { preHandler: perAccount(10).check }, async (request, reply) => {
    const user = requireUser(request);
    const parsed = parseInput(changePasswordSchema, request.body, request.t, labels);
    const outcome = parsed.ok
      ? await changePassword(
          deps,
          user.id,
          request.sessionId,
          parsed.data.currentPassword,
          parsed.data.newPassword,
        )
      : undefined;
    if (!parsed.ok || outcome !== "ok") {
      const errors = parsed.ok ? wrongPassword(request, outcome as Outcome) : parsed.errors;
      return show(
        request,
        reply,
        "accounts.password.title",
        (ctx) => <PasswordForm ctx={ctx} errors={errors} />,
        422,
      );
    }
    return redirectTo(request, reply, "/account/password?notice=passwordChanged");
  });

  app.get("/account/delete", (request, reply) => {
    requireUser(request);
    return show(request, reply, "accounts.delete.title", (ctx) => <DeleteForm ctx={ctx} />);
  });

  app.post(
    "/account/delete",
    { preHandler: perAccount(10).check },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const user = requireUser(request);
      const parsed = parseInput(deleteSchema, request.body, request.t, labels);
      const outcome = parsed.ok ? await deleteAccount(deps, user.id, parsed.data.currentPassword) : undefined;
      if (!parsed.ok || outcome !== "ok") {
        const errors = parsed.ok ? wrongPassword(request, outcome as Outcome) : parsed.errors;
        return show(
          request,
          reply,
          "accounts.delete.title",
          (ctx) => <DeleteForm ctx={ctx} errors={errors} />,
          422,
        );
      }
      await signOutBrowser(deps, request, reply);
      request.user = null;
      return redirectTo(request, reply, "/account/deleted");
    },
  );

  app.get("/account/deleted", (request, reply) => showMessage(request, reply, "accounts.deleted"));
}
