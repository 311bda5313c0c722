import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { forbidden } from "../../../lib/errors.js";
import { type FormState, noticeOf, submitForm } from "../../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { sendPage } from "../../../views/page.js";
import { listHistory } from "../../audit/index.js";
import { logoUse, readImageText, receiveImage } from "../../files/index.js";
import { networkNames } from "../directory.names.js";
import type { NetworkWithRole } from "../memberships/memberships.service.js";
import { networkForm, networkLabels, newNetworkForm } from "./networks.edit.schema.js";
import { createNetworkFromForm, editNetwork, setNetworkLogo } from "./networks.edit.service.js";
import { authorizeNetworkEditor as authorize } from "./networks.http.js";
import { presentNetwork } from "./networks.presenters.js";
import type { NetworkRow } from "./networks.repo.js";
import { NetworkEditPage, NewNetworkPage } from "./views/NetworkFormPages.js";

const notices = messageKeys("networks.notice", ["created", "saved", "logo", "logoRemoved"]);

/** The form's values from a network, to edit it. */
function valuesOf(network: NetworkRow): Record<string, string> {
  return {
    acronym: network.acronym,
    acronymFr: network.acronyms.fr ?? "",
    acronymEs: network.acronyms.es ?? "",
    articleEn: network.articles.en ?? "",
    articleFr: network.articles.fr ?? "",
    articleEs: network.articles.es ?? "",
    nameEn: network.name.en ?? "",
    nameFr: network.name.fr ?? "",
    nameEs: network.name.es ?? "",
    descriptionEn: network.description.en ?? "",
    descriptionFr: network.description.fr ?? "",
    descriptionEs: network.description.es ?? "",
    website: network.website ?? "",
  };
}

async function renderEdit(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  { network }: NetworkWithRole,
  forms: {
    details?: FormState;
    logo?: FormState;
    status?: number;
  } = {},
) {
  const history = await listHistory({ db: deps.database.db, scope: `network:${network.id}`, limit: 30 });
  const title = request.t("networks.edit.title", networkNames(request.locale, network));
  return sendPage(request, reply, {
    title,
    status: forms.status,
    body: (ctx) => (
      <NetworkEditPage
        ctx={ctx}
        network={presentNetwork(network)}
        title={title}
        notice={noticeOf(request, notices)}
        details={forms.details ?? { values: valuesOf(network) }}
        logo={forms.logo ?? { values: {} }}
        history={history}
      />
    ),
  });
}

/** Admins create networks; a network's editors edit its details and logo. */
export function registerNetworkEditPages(app: FastifyInstance, deps: AppDeps) {
  const newPage = (request: FastifyRequest, reply: FastifyReply, form: FormState, status?: number) =>
    sendPage(request, reply, {
      title: request.t("networks.new.title"),
      status,
      body: (ctx) => <NewNetworkPage ctx={ctx} values={form.values} errors={form.errors} />,
    });

  app.get("/networks/new", async (request, reply) => {
    const user = requireUser(request);
    if (!user.isAdmin) throw forbidden();
    return newPage(request, reply, { values: {} });
  });

  app.post("/networks/new", async (request, reply) => {
    const user = requireUser(request);
    if (!user.isAdmin) throw forbidden();
    return submitForm(request, {
      schema: newNetworkForm,
      labels: networkLabels,
      act: async ({ slug, ...form }) => {
        await createNetworkFromForm(deps, { slug, form, t: request.t, actor: user });
        return redirectTo(request, reply, `/networks/${slug}/edit?notice=created`);
      },
      again: (form, status) => newPage(request, reply, form, status),
    });
  });

  app.get("/networks/:slug/edit", async (request, reply) => {
    requireUser(request);
    return renderEdit(deps, request, reply, await authorize(deps, request));
  });

  app.post("/networks/:slug/edit", async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request);
    return submitForm(request, {
      schema: networkForm,
      labels: networkLabels,
      act: async (form) => {
        await editNetwork(deps, { network: access.network, form, actor: user, comment: form.comment });
        return redirectTo(request, reply, `/networks/${access.network.slug}/edit?notice=saved`);
      },
      again: (details, status) => renderEdit(deps, request, reply, access, { details, status }),
    });
  });

  app.post("/networks/:slug/edit/logo", async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request);
    if (!request.isMultipart()) {
      const errors = { logo: request.t("files.error.missing", { field: request.t(networkLabels.logo) }) };
      return renderEdit(deps, request, reply, access, { logo: { values: {}, errors }, status: 422 });
    }
    const upload = await receiveImage(deps, request, {
      use: logoUse,
      field: "logo",
      label: request.t(networkLabels.logo),
      check: (fields) => {
        const text = readImageText(fields, request.t);
        return text.ok ? null : text.errors;
      },
      t: request.t,
    });
    if (!upload.ok) {
      return renderEdit(deps, request, reply, access, {
        logo: { values: upload.fields, errors: upload.errors },
        status: 422,
      });
    }
    const text = readImageText(upload.fields, request.t);
    await setNetworkLogo(deps, {
      network: access.network,
      image: upload.image,
      text: text.ok ? text.text : null,
      actor: user,
    });
    return redirectTo(request, reply, `/networks/${access.network.slug}/edit?notice=logo`);
  });

  app.post("/networks/:slug/edit/logo/remove", async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request);
    await setNetworkLogo(deps, { network: access.network, image: null, text: null, actor: user });
    return redirectTo(request, reply, `/networks/${access.network.slug}/edit?notice=logoRemoved`);
  });
}
