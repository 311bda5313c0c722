import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { forbidden } from "../../../lib/errors.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { listHistory } from "../../audit/index.js";
import { formErrorsOf, formValues, nameIn, pageParamsOf } from "../memberships/memberships.http.js";
import { loadNetworkAccess, type NetworkWithRole } from "../memberships/memberships.service.js";
import { canManageNetwork } from "./networks.policy.js";
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

type FormState = { values: Record<string, string>; errors?: FieldErrors };
const notices = ["added", "renamed", "removed"] as const;

function noticeOf(request: FastifyRequest): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.notice;
  return (notices as readonly unknown[]).includes(value) ? request.t(`sections.notice.${value}`) : undefined;
}

function valuesOf(section: SectionRow): Record<string, string> {
  return {
    nameEn: section.name.en ?? "",
    nameFr: section.name.fr ?? "",
    nameEs: section.name.es ?? "",
    kind: section.kind,
  };
}

/** The network, once the user is known to edit it: its editors and platform admins. */
async function authorize(deps: AppDeps, request: FastifyRequest) {
  const user = request.user;
  if (!user) throw forbidden();
  const { slug } = pageParamsOf(request);
  const access = await loadNetworkAccess(deps, { slug, user });
  if (!canManageNetwork(user, access.role)) throw forbidden();
  return access;
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
    listSectionsWithUse(deps, network),
    listHistory({ db: deps.database.db, scope: `network:${network.id}`, limit: 30 }),
  ]);
  const title = request.t("sections.title", { network: nameIn(request, network.name, network.originalLang) });
  return sendPage(request, reply, {
    title,
    status,
    body: (ctx) => (
      <NetworkSectionsPage
        ctx={ctx}
        network={network}
        title={title}
        notice={noticeOf(request)}
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
  const used = (await listSectionsWithUse(deps, network)).find((s) => s.section.id === section.id)?.used ?? 0;
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
  app.get("/networks/:slug/sections", async (request, reply) => {
    requireUser(request);
    return renderList(deps, request, reply, await authorize(deps, request));
  });

  app.post("/networks/:slug/sections", async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request);
    const values = formValues(request.body);
    const parsed = parseInput(sectionForm, request.body, request.t, sectionLabels);
    if (!parsed.ok) return renderList(deps, request, reply, access, { values, errors: parsed.errors }, 422);
    try {
      await addSection(deps, {
        network: access.network,
        form: parsed.data,
        actor: user,
        comment: parsed.data.comment,
        t: request.t,
      });
    } catch (err) {
      const failed = formErrorsOf(err);
      return renderList(deps, request, reply, access, { values, errors: failed.errors }, failed.status);
    }
    return redirectTo(request, reply, `/networks/${access.network.slug}/sections?notice=added`);
  });

  app.get("/networks/:slug/sections/:id", async (request, reply) => {
    requireUser(request);
    const access = await authorize(deps, request);
    const section = await findSection(deps, access.network, pageParamsOf(request).id);
    return renderSection(deps, request, reply, access, section);
  });

  app.post("/networks/:slug/sections/:id", async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request);
    const section = await findSection(deps, access.network, pageParamsOf(request).id);
    const values = formValues(request.body);
    const parsed = parseInput(sectionForm, request.body, request.t, sectionLabels);
    if (!parsed.ok)
      return renderSection(deps, request, reply, access, section, {
        form: { values, errors: parsed.errors },
        status: 422,
      });
    try {
      await renameSection(deps, {
        network: access.network,
        id: section.id,
        form: parsed.data,
        actor: user,
        comment: parsed.data.comment,
        t: request.t,
      });
    } catch (err) {
      const failed = formErrorsOf(err);
      return renderSection(deps, request, reply, access, section, {
        form: { values, errors: failed.errors },
        status: failed.status,
      });
    }
    return redirectTo(request, reply, `/networks/${access.network.slug}/sections?notice=renamed`);
  });

  app.post("/networks/:slug/sections/:id/remove", async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request);
    const section = await findSection(deps, access.network, pageParamsOf(request).id);
    const values = formValues(request.body);
    const parsed = parseInput(removeSectionForm, request.body, request.t, sectionLabels);
    if (!parsed.ok)
      return renderSection(deps, request, reply, access, section, {
        removal: { values, errors: parsed.errors },
        status: 422,
      });
    try {
      await removeSection(deps, {
        network: access.network,
        id: section.id,
        actor: user,
        comment: parsed.data.removalComment,
        t: request.t,
      });
    } catch (err) {
      const failed = formErrorsOf(err);
      return renderSection(deps, request, reply, access, section, {
        removal: { values, errors: failed.errors },
        status: failed.status,
      });
    }
    return redirectTo(request, reply, `/networks/${access.network.slug}/sections?notice=removed`);
  });
}
