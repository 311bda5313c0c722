import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { addEditor, listEditors, removeEditor } from "./editors.service.js";
import { formErrorsOf, formValues, nameIn, noticeOf, pageParamsOf } from "./memberships.http.js";
import { assertCanManageEditors } from "./memberships.policy.js";
import { emailForm, manageLabels } from "./memberships.schema.js";
import { loadNetworkAccess, type NetworkWithRole } from "./memberships.service.js";
import { EditorsPage } from "./views/EditorsPage.js";

async function renderEditors(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  { network }: NetworkWithRole,
  form: { values?: Record<string, string>; errors?: FieldErrors; status?: number } = {},
) {
  const editors = await listEditors(deps, network.id);
  const title = request.t("manage.editors.title", {
    network: nameIn(request, network.name, network.originalLang),
  });
  return sendPage(request, reply, {
    title,
    status: form.status,
    body: (ctx) => (
      <EditorsPage
        ctx={ctx}
        network={network}
        title={title}
        notice={noticeOf(request)}
        editors={editors}
        values={form.values}
        errors={form.errors}
      />
    ),
  });
}

/** Platform admins choose each network's editors by the email of an existing account. */
export function registerEditorPages(app: FastifyInstance, deps: AppDeps) {
  app.get("/networks/:slug/editors", async (request, reply) => {
    const user = requireUser(request);
    const { slug } = pageParamsOf(request);
    assertCanManageEditors(user);
    const access = await loadNetworkAccess(deps, { slug, user: user });
    return renderEditors(deps, request, reply, access);
  });

  app.post("/networks/:slug/editors", async (request, reply) => {
    const user = requireUser(request);
    const { slug } = pageParamsOf(request);
    const parsed = parseInput(emailForm, request.body, request.t, manageLabels);
    assertCanManageEditors(user);
    const access = await loadNetworkAccess(deps, { slug, user: user });
    const values = formValues(request.body);
    if (!parsed.ok)
      return renderEditors(deps, request, reply, access, { values, errors: parsed.errors, status: 422 });
    try {
      await addEditor(deps, { networkId: access.network.id, email: parsed.data.email, t: request.t });
    } catch (err) {
      const failed = formErrorsOf(err);
      return renderEditors(deps, request, reply, access, { values, ...failed });
    }
    return redirectTo(request, reply, `/networks/${slug}/editors?notice=editorAdded`);
  });

  app.post("/networks/:slug/editors/:id/remove", async (request, reply) => {
    const user = requireUser(request);
    const { slug, id } = pageParamsOf(request);
    assertCanManageEditors(user);
    const access = await loadNetworkAccess(deps, { slug, user: user });
    await removeEditor(deps, { networkId: access.network.id, userId: id });
    return redirectTo(request, reply, `/networks/${slug}/editors?notice=editorRemoved`);
  });
}
