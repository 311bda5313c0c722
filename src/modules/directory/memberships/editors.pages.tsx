import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type FormState, submitForm } from "../../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { sendPage } from "../../../views/page.js";
import { pageParamsOf } from "../directory.http.js";
import { networkNames } from "../directory.names.js";
import { addEditor, listEditors, removeEditor } from "./editors.service.js";
import { manageNotice } from "./memberships.http.js";
import { assertCanManageEditors } from "./memberships.policy.js";
import { emailForm, manageLabels } from "./memberships.schema.js";
import { loadNetworkAccess, type NetworkWithRole } from "./memberships.service.js";
import { EditorsPage } from "./views/EditorsPage.js";

async function renderEditors(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  { network }: NetworkWithRole,
  form: Partial<FormState> = {},
  status?: number,
) {
  const editors = await listEditors({ db: deps.database.db, networkId: network.id });
  const title = request.t("manage.editors.title", networkNames(request.locale, network));
  return sendPage(request, reply, {
    title,
    status,
    body: (ctx) => (
      <EditorsPage
        ctx={ctx}
        network={network}
        title={title}
        notice={manageNotice(request)}
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
    assertCanManageEditors(user);
    const access = await loadNetworkAccess(deps, { slug, user: user });
    return submitForm(request, {
      schema: emailForm,
      labels: manageLabels,
      act: async ({ email }) => {
        await addEditor(deps, { network: access.network, email, t: request.t });
        return redirectTo(request, reply, `/networks/${slug}/editors?notice=editorAdded`);
      },
      again: (form, status) => renderEditors(deps, request, reply, access, form, status),
    });
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
