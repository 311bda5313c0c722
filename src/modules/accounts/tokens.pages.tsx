import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { idParam } from "../../lib/api.js";
import { notFound } from "../../lib/errors.js";
import { formValues } from "../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../lib/http.js";
import { parseInput, text } from "../../lib/validation.js";
import { accountLimits } from "./accounts.limits.js";
import { show } from "./accounts.render.js";
import { createApiToken, listApiTokens, revokeApiToken } from "./tokens.service.js";
import { TokensPage } from "./views/TokensPage.js";

const tokenSchema = z.object({ name: text().trim().min(1).max(80) });
const tokenLabels = { name: "accounts.tokens.field.name" };
const revokeParams = z.object({ id: idParam });

/** A section of the account settings: personal API tokens, created (shown once) and revoked. */
export function tokensRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { perAccount } = accountLimits(app);
  app.get<{ Querystring: { notice?: string } }>("/account/tokens", async (request, reply) => {
    const user = requireUser(request);
    const tokens = await listApiTokens(deps, { userId: user.id, locale: request.locale });
    return show(request, reply, "accounts.tokens.title", (ctx) => (
      <TokensPage ctx={ctx} tokens={tokens} notice={request.query.notice} />
    ));
  });

  app.post("/account/tokens", { preHandler: perAccount(20).check }, async (request, reply) => {
    const user = requireUser(request);
    const parsed = parseInput(tokenSchema, request.body, request.t, tokenLabels);
    if (!parsed.ok) {
      const tokens = await listApiTokens(deps, { userId: user.id, locale: request.locale });
      const values = formValues(request.body);
      return show(
        request,
        reply,
        "accounts.tokens.title",
        (ctx) => <TokensPage ctx={ctx} tokens={tokens} values={values} errors={parsed.errors} />,
        422,
      );
    }
    const { token } = await createApiToken(deps, { userId: user.id, name: parsed.data.name });
    const tokens = await listApiTokens(deps, { userId: user.id, locale: request.locale });
    // Shown in this answer only: never stored, never kept by a cache.
    reply.header("cache-control", "private, no-store");
    return show(
      request,
      reply,
      "accounts.tokens.title",
      (ctx) => <TokensPage ctx={ctx} tokens={tokens} created={{ name: parsed.data.name, token }} />,
      201,
    );
  });

  app.post("/account/tokens/:id/revoke", async (request, reply) => {
    const user = requireUser(request);
    const params = revokeParams.safeParse(request.params);
    if (!params.success || !(await revokeApiToken(deps, { userId: user.id, id: params.data.id }))) {
      throw notFound();
    }
    return redirectTo(request, reply, "/account/tokens?notice=tokenRevoked");
  });
}
