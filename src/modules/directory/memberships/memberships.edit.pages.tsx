import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../../lib/errors.js";
import { submitForm } from "../../../lib/forms.js";
import { type AppDeps, type CurrentUser, redirectTo, requireUser } from "../../../lib/http.js";
import { parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { listHistory } from "../../audit/index.js";
import { pageParamsOf } from "../directory.http.js";
import { networkNames, placeNames } from "../directory.names.js";
import { listSections } from "../networks/networks.service.js";
import { inviteFocalPoint } from "./invitations.service.js";
import { manageNotice } from "./memberships.http.js";
import { assertCanManageMemberships } from "./memberships.policy.js";
import { presentManagedNetwork } from "./memberships.presenter.js";
import { editMembershipForm, emailForm, endMembershipForm, manageLabels } from "./memberships.schema.js";
import {
  changeMembership,
  endMembership,
  loadMembershipAccess,
  showManagedMembership,
} from "./memberships.service.js";
import { EndMembershipPage } from "./views/EndMembershipPage.js";
import { MembershipEditPage, type MembershipEditProps } from "./views/MembershipEditPage.js";

type Forms = Pick<MembershipEditProps, "edit" | "invite">;

/** The membership named in the address, once the user is known to manage its network. */
async function authorize(deps: AppDeps, request: FastifyRequest, user: CurrentUser) {
  const { slug, id } = pageParamsOf(request);
  const access = await loadMembershipAccess(deps, { id, user });
  if (access.network.slug !== slug) throw notFound();
  assertCanManageMemberships(user, access);
  return access;
}

async function renderEdit(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  access: Awaited<ReturnType<typeof authorize>>,
  forms: Forms & { status?: number },
) {
  const { network } = access;
  const [sections, membership, history] = await Promise.all([
    listSections({ db: deps.database.db, networkId: network.id }),
    showManagedMembership({ db: deps.database.db, id: access.membership.id }),
    listHistory({ db: deps.database.db, subject: `membership:${access.membership.id}` }),
  ]);
  const title = request.t("manage.edit.title", {
    ...placeNames(request.locale, membership.place),
    ...networkNames(request.locale, network),
  });
  return sendPage(request, reply, {
    title,
    status: forms.status,
    body: (ctx) => (
      <MembershipEditPage
        ctx={ctx}
        network={presentManagedNetwork(network, sections)}
        membership={membership}
        title={title}
        notice={manageNotice(request)}
        edit={forms.edit}
        invite={forms.invite}
        history={history}
      />
    ),
  });
}

/** Changing, ending and inviting on one membership. */
export function registerMembershipEditPages(app: FastifyInstance, deps: AppDeps) {
  const page = "/networks/:slug/manage/:id";

  app.get(page, async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request, user);
    return renderEdit(deps, request, reply, access, { edit: {}, invite: {} });
  });

  app.post(page, async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request, user);
    return submitForm(request, {
      schema: editMembershipForm,
      labels: manageLabels,
      act: async ({ section, sinceYear, status, comment }) => {
        await changeMembership(deps, {
          network: access.network,
          id: access.membership.id,
          changes: { section: section ?? null, sinceYear: sinceYear ?? null, status },
          t: request.t,
          actor: user,
          comment,
        });
        return redirectTo(request, reply, `/networks/${access.network.slug}/manage?notice=saved`);
      },
      again: (edit, status) => renderEdit(deps, request, reply, access, { edit, invite: {}, status }),
    });
  });

  app.get(`${page}/end`, async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request, user);
    const membership = await showManagedMembership({ db: deps.database.db, id: access.membership.id });
    const names = {
      ...placeNames(request.locale, membership.place),
      ...networkNames(request.locale, access.network),
    };
    const base = `/networks/${access.network.slug}/manage/${membership.id}`;
    const title = request.t("manage.end.title", names);
    return sendPage(request, reply, {
      title,
      body: (ctx) => (
        <EndMembershipPage
          ctx={ctx}
          title={title}
          body={request.t("manage.end.body", names)}
          action={`${base}/end`}
          cancel={base}
        />
      ),
    });
  });

  app.post(`${page}/end`, async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request, user);
    const parsed = parseInput(endMembershipForm, request.body, request.t, manageLabels);
    // The comment is the one field: too long a comment is the only refusal, shown on the edit page.
    if (!parsed.ok)
      return renderEdit(deps, request, reply, access, {
        edit: { errors: parsed.errors },
        invite: {},
        status: 422,
      });
    await endMembership(deps, {
      network: access.network,
      id: access.membership.id,
      t: request.t,
      actor: user,
      comment: parsed.data.comment,
    });
    return redirectTo(request, reply, `/networks/${access.network.slug}/manage?notice=ended`);
  });

  app.post(`${page}/invite`, async (request, reply) => {
    const user = requireUser(request);
    const access = await authorize(deps, request, user);
    return submitForm(request, {
      schema: emailForm,
      labels: manageLabels,
      act: async ({ email }) => {
        await inviteFocalPoint(deps, {
          network: access.network,
          membership: access.membership,
          email,
          inviter: user,
          locale: request.locale,
          t: request.t,
        });
        const base = `/networks/${access.network.slug}/manage/${access.membership.id}`;
        return redirectTo(request, reply, `${base}?notice=invited`);
      },
      again: (invite, status) => renderEdit(deps, request, reply, access, { edit: {}, invite, status }),
    });
  });
}
