import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { notFound } from "../../../lib/errors.js";
import { submitForm } from "../../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import type { FieldErrors } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { affiliationForm, affiliationLabels } from "./affiliations.schema.js";
import {
  addAffiliation,
  findAffiliationChoices,
  listAffiliationsOf,
  removeAffiliation,
} from "./affiliations.service.js";
import { AffiliationsPage } from "./views/AffiliationsPage.js";

const notices = ["added", "removed"] as const;
const affiliationNotice = messageKeys("affiliations.notice", notices);
const query = z.object({
  q: z.string().trim().max(200).catch(""),
  notice: z.enum(notices).optional().catch(undefined),
});
const idParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

async function render(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  form: {
    q: string;
    notice?: (typeof notices)[number];
    values?: Record<string, string>;
    errors?: FieldErrors;
    status?: number;
  },
) {
  const user = requireUser(request);
  const db = deps.database.db;
  const [mine, choices] = await Promise.all([
    listAffiliationsOf({ db, people: [user.id] }),
    form.q ? findAffiliationChoices({ db, text: form.q, locale: request.locale }) : undefined,
  ]);
  return sendPage(request, reply, {
    title: request.t("affiliations.title"),
    status: form.status,
    body: (ctx) => (
      <AffiliationsPage
        ctx={ctx}
        affiliations={mine.get(user.id) ?? []}
        q={form.q}
        choices={choices}
        values={form.values}
        errors={form.errors}
        notice={form.notice && request.t(affiliationNotice(form.notice))}
      />
    ),
  });
}

/** A person's own affiliations, beside their account settings. */
export function registerAffiliationPages(app: FastifyInstance, deps: AppDeps) {
  app.get("/account/affiliations", (request, reply) => {
    requireUser(request);
    const { q, notice } = query.parse(request.query ?? {});
    return render(deps, request, reply, { q, notice });
  });

  app.post("/account/affiliations", async (request, reply) => {
    const user = requireUser(request);
    return submitForm(request, {
      schema: affiliationForm,
      labels: affiliationLabels,
      act: async (input) => {
        await addAffiliation({ db: deps.database.db, userId: user.id, input, t: request.t });
        return redirectTo(request, reply, "/account/affiliations?notice=added");
      },
      again: ({ values, errors }, status) =>
        render(deps, request, reply, { q: query.parse({ q: values.q }).q, values, errors, status }),
    });
  });

  app.post("/account/affiliations/:id/remove", async (request, reply) => {
    const user = requireUser(request);
    const parsed = idParam.safeParse(request.params);
    if (!parsed.success) throw notFound();
    const removed = await removeAffiliation({ db: deps.database.db, userId: user.id, id: parsed.data.id });
    if (!removed) throw notFound();
    return redirectTo(request, reply, "/account/affiliations?notice=removed");
  });
}
