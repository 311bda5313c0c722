import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type FormState, noticeOf, submitForm } from "../../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { sendPage } from "../../../views/page.js";
import { listHistory } from "../../audit/index.js";
import { pageParamsOf } from "../directory.http.js";
import { networkNames } from "../directory.names.js";
import type { NetworkWithRole } from "../memberships/memberships.service.js";
import { authorizeNetworkEditor as authorize } from "./networks.http.js";
import type { SectionRow } from "./networks.repo.js";
import { removeSectionForm, sectionForm, sectionLabels } from "./networks.sections.schema.js";
import {
  addSection,
  findSection,
  listSectionsWithUse,
  removeSection,
  renameSection,
} from "./networks.sections.service.js";
import { NetworkSectionPage, NetworkSectionsPage } from "./views/NetworkSectionsPages.js";

const notices = messageKeys("sections.notice", ["added", "renamed", "removed"]);

function valuesOf(section: SectionRow): Record<string, string> {
  return {
    nameEn: section.name.en ?? "",
    nameFr: section.name.fr ?? "",
    nameEs: section.name.es ?? "",
    kind: section.kind,
  };
}

async function renderList(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  { network }: NetworkWithRole,
  form: FormState = { values: {} },
  status?: number,
) {
  const [sections, history] = await Promise.all([
    listSectionsWithUse({ db: deps.database.db, networkId: network.id }),
    listHistory({ db: deps.database.db, scope: `network:${network.id}`, limit: 30 }),
  ]);
  const title = request.t("sections.title", networkNames(request.locale, network));
  return sendPage(request, reply, {
    title,
    status,
    body: (ctx) => (
      <NetworkSectionsPage
        ctx={ctx}
        network={network}
        title={title}
        notice={noticeOf(request, notices)}
        sections={sections}
        form={form}
        history={history}
      />
    ),
  });
}

async function renderSection(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  { network }: NetworkWithRole,
  section: SectionRow,
  forms: { form?: FormState; removal?: FormState; status?: number } = {},
) {
  const used =
    (await listSectionsWithUse({ db: deps.database.db, networkId: network.id })).find(
      (s) => s.section.id === section.id,
    )?.used ?? 0;
  const title = request.t("sections.edit.title", {
    section: section.name[request.locale] ?? section.name.en ?? section.slug,
  });
  return sendPage(request, reply, {
    title,
    status: forms.status,
    body: (ctx) => (
      <NetworkSectionPage
        ctx={ctx}
        network={network}
        section={section}
        title={title}
        used={used}
        form={forms.form ?? { values: valuesOf(section) }}
        removal={forms.removal ?? { values: {} }}
      />
    ),
  });
}

/** A network's editors add, rename and remove its sections. */
export function registerNetworkSectionPages(app: FastifyInstance, deps: AppDeps) {
  const listAddress = (access: NetworkWithRole, notice: (typeof notices.values)[number]) =>
    `/networks/${access.network.slug}/sections?notice=${notice}`;

  app.get("/networks/:slug/sections", async (request, reply) => {
    requireUser(request);
    return renderList(deps, request, reply, await authorize(deps, request));
  });

  app.post("/networks/:slug/sections", async (request, reply) => {
    const actor = requireUser(request);
    const access = await authorize(deps, request);
    return submitForm(request, {
      schema: sectionForm,
      labels: sectionLabels,
      act: async (form) => {
        await addSection(deps, { network: access.network, form, actor, comment: form.comment, t: request.t });
        return redirectTo(request, reply, listAddress(access, "added"));
      },
      again: (form, status) => renderList(deps, request, reply, access, form, status),
    });
  });

  app.get("/networks/:slug/sections/:id", async (request, reply) => {
    requireUser(request);
    const access = await authorize(deps, request);
    const section = await findSection({
      db: deps.database.db,
      networkId: access.network.id,
      id: pageParamsOf(request).id,
    });
    return renderSection(deps, request, reply, access, section);
  });

  app.post("/networks/:slug/sections/:id", async (request, reply) => {
    const actor = requireUser(request);
    const access = await authorize(deps, request);
    const section = await findSection({
      db: deps.database.db,
      networkId: access.network.id,
      id: pageParamsOf(request).id,
    });
    return submitForm(request, {
      schema: sectionForm,
      labels: sectionLabels,
      act: async (form) => {
        await renameSection(deps, {
          network: access.network,
          id: section.id,
          form,
          actor,
          comment: form.comment,
          t: request.t,
        });
        return redirectTo(request, reply, listAddress(access, "renamed"));
      },
      again: (form, status) => renderSection(deps, request, reply, access, section, { form, status }),
    });
  });

  app.post("/networks/:slug/sections/:id/remove", async (request, reply) => {
    const actor = requireUser(request);
    const access = await authorize(deps, request);
    const section = await findSection({
      db: deps.database.db,
      networkId: access.network.id,
      id: pageParamsOf(request).id,
    });
    return submitForm(request, {
      schema: removeSectionForm,
      labels: sectionLabels,
      act: async ({ removalComment }) => {
        await removeSection(deps, {
          network: access.network,
          id: section.id,
          actor,
          comment: removalComment,
          t: request.t,
        });
        return redirectTo(request, reply, listAddress(access, "removed"));
      },
      again: (removal, status) => renderSection(deps, request, reply, access, section, { removal, status }),
    });
  });
}
