import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../../../lib/errors.js";
import { submitForm } from "../../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { listHistory } from "../../audit/index.js";
import { pageParamsOf } from "../directory.http.js";
import { networkNames } from "../directory.names.js";
import { listSections } from "../networks/networks.service.js";
import { findWorldCities, importWorldCity } from "../places/places.add.service.js";
import { manageNotice } from "./memberships.http.js";
import { assertCanManageMemberships } from "./memberships.policy.js";
import { presentManagedNetwork } from "./memberships.presenter.js";
import { addMembershipForm, manageLabels, manageQuery, worldCityId } from "./memberships.schema.js";
import {
  addMembership,
  findPlacesToAdd,
  listManagedMemberships,
  loadNetworkAccess,
  type NetworkWithRole,
} from "./memberships.service.js";
import { MembershipsPage } from "./views/MembershipsPage.js";

const perPage = 50;
const field = { name: "place", label: manageLabels.place };

interface ManageState {
  q?: string;
  page: number;
  searchErrors?: FieldErrors;
  add?: { values?: Record<string, string>; errors?: FieldErrors };
  status?: number;
}

async function renderManage(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  access: NetworkWithRole,
  state: ManageState,
) {
  const { network } = access;
  const [sections, list, matches, history] = await Promise.all([
    listSections({ db: deps.database.db, networkId: network.id }),
    listManagedMemberships(deps, {
      networkId: network.id,
      page: state.page,
      perPage,
      locale: request.locale,
    }),
    state.q ? findPlacesToAdd(deps, { networkId: network.id, text: state.q }) : undefined,
    listHistory({ db: deps.database.db, scope: `network:${network.id}`, limit: 20 }),
  ]);
  // A page past the end of the list does not exist (the total rides on the rows, so it is unknown here).
  if (list.memberships.length === 0 && state.page > 1) throw notFound();
  const view = presentManagedNetwork(network, sections);
  const world = state.q
    ? findWorldCities({ text: state.q, besides: matches?.map((m) => m.place) ?? [] })
    : undefined;
  const title = request.t("manage.title", networkNames(request.locale, network));
  return sendPage(request, reply, {
    title,
    status: state.status,
    body: (ctx) => (
      <MembershipsPage
        ctx={ctx}
        network={view}
        title={title}
        notice={manageNotice(request)}
        list={{ ...list, page: state.page, pages: Math.ceil(list.total / perPage) }}
        search={{ q: state.q, matches, world, errors: state.searchErrors }}
        add={state.add ?? {}}
        history={history}
      />
    ),
  });
}

/** The editors' page of a network's members: list, search, add. */
export function registerMembershipPages(app: FastifyInstance, deps: AppDeps) {
  app.get("/networks/:slug/manage", async (request, reply) => {
    const user = requireUser(request);
    const { slug } = pageParamsOf(request);
    const query = parseInput(manageQuery, request.query, request.t, manageLabels);
    const access = await loadNetworkAccess(deps, { slug, user: user });
    assertCanManageMemberships(user, access);
    if (!query.ok) {
      return renderManage(deps, request, reply, access, { page: 1, searchErrors: query.errors, status: 422 });
    }
    return renderManage(deps, request, reply, access, query.data);
  });

  app.post("/networks/:slug/manage", async (request, reply) => {
    const user = requireUser(request);
    const { slug } = pageParamsOf(request);
    const access = await loadNetworkAccess(deps, { slug, user: user });
    assertCanManageMemberships(user, access);
    return submitForm(request, {
      schema: addMembershipForm,
      labels: manageLabels,
      act: async (data) => {
        // A world city chosen from the results joins the directory first (or is found there).
        const chosen = worldCityId(data.place);
        const place = chosen
          ? (await importWorldCity({ db: deps.database.db, geonamesId: chosen, t: request.t, field })).place
          : { slug: data.place };
        await addMembership(deps, {
          network: access.network,
          ...data,
          place: place.slug,
          t: request.t,
          actor: user,
        });
        return redirectTo(request, reply, `/networks/${slug}/manage?notice=added`);
      },
      again: (add, status) => {
        const q = manageQuery.safeParse({ q: add.values.q }).data?.q;
        return renderManage(deps, request, reply, access, { q, page: 1, add, status });
      },
    });
  });
}
