import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { countryName } from "../../../lib/countries.js";
import { conflict } from "../../../lib/errors.js";
import { type FormState, submitForm } from "../../../lib/forms.js";
import { type AppDeps, redirectTo, requireUser } from "../../../lib/http.js";
import { sendPage } from "../../../views/page.js";
import { pageParamsOf } from "../directory.http.js";
import { newPlaceForm, newPlaceLabels } from "../places/places.add.schema.js";
import { addPlaceByHand } from "../places/places.add.service.js";
import { assertCanManageMemberships } from "./memberships.policy.js";
import { loadNetworkAccess } from "./memberships.service.js";
import { NewPlacePage } from "./views/NewPlacePage.js";

function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  form: FormState & { existing?: string; status?: number },
) {
  const title = request.t("places.new.title");
  return sendPage(request, reply, {
    title,
    status: form.status,
    body: (ctx) => <NewPlacePage ctx={ctx} network={{ slug }} title={title} {...form} />,
  });
}

/** Editors add a place that neither the directory nor the world's cities have. */
export function registerNewPlacePages(app: FastifyInstance, deps: AppDeps) {
  app.get("/networks/:slug/manage/places/new", async (request, reply) => {
    const user = requireUser(request);
    const { slug } = pageParamsOf(request);
    const access = await loadNetworkAccess(deps, { slug, user });
    assertCanManageMemberships(user, access);
    const name = (request.query as Record<string, unknown>).name;
    return renderForm(request, reply, slug, {
      values: typeof name === "string" ? { name: name.slice(0, 200) } : {},
    });
  });

  app.post("/networks/:slug/manage/places/new", async (request, reply) => {
    const user = requireUser(request);
    const { slug } = pageParamsOf(request);
    const access = await loadNetworkAccess(deps, { slug, user });
    assertCanManageMemberships(user, access);
    return submitForm(request, {
      schema: newPlaceForm,
      labels: newPlaceLabels,
      act: async (input) => {
        const added = await addPlaceByHand({ db: deps.database.db, input });
        if (added.outcome === "created") {
          const q = encodeURIComponent(added.place.name);
          return redirectTo(request, reply, `/networks/${slug}/manage?q=${q}&notice=placeAdded`);
        }
        // Already there, or among the world's cities: the editor is sent to choose it instead.
        const [key, { name, country }] =
          added.outcome === "existing"
            ? ["places.new.error.exists", added.place]
            : ["places.new.error.inGeonames", added.city];
        const message = request.t(key, { place: name, country: countryName(country, request.locale) });
        throw conflict(message, { name: message });
      },
      again: (form, status) =>
        renderForm(request, reply, slug, {
          ...form,
          existing: status === 409 ? form.values.name : undefined,
          status,
        }),
    });
  });
}
