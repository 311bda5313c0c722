import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../lib/http.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { absoluteUrl, publicPage, publicPageWith, searchedText, slugParam } from "../directory.http.js";
import { organisationJsonLd } from "../directory.jsonld.js";
import { namePageSchema } from "../directory.schema.js";
import { filterLabels } from "../places/places.schema.js";
import { plainText } from "../views/names.js";
import { getOrganisationBySlug, listOrganisations, type OrganisationList } from "./organisations.service.js";
import { OrganisationPage, OrganisationsPage } from "./views/OrganisationPages.js";

/** The list of organisations and each organisation's page. */
export function registerOrganisationPages(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;

  app.get("/organisations", publicPageWith(namePageSchema), async (request, reply) => {
    const parsed = parseInput(namePageSchema, request.query, request.t, {
      page: filterLabels.page,
      q: filterLabels.q,
    });
    const show = (status: number, list: OrganisationList, query?: string, errors?: FieldErrors) =>
      sendPage(request, reply, {
        title: request.t("directory.organisations.title"),
        description: request.t("directory.organisations.lead"),
        status,
        body: (ctx) => <OrganisationsPage ctx={ctx} list={list} query={query} errors={errors} />,
      });
    if (!parsed.ok) {
      const none = { organisations: [], total: 0, page: 1, pages: 1, perPage: 0 };
      return show(422, none, searchedText(request.query), parsed.errors);
    }
    const query = parsed.data.q || undefined;
    const search = query ? { text: query, locale: request.locale } : undefined;
    return show(200, await listOrganisations({ db, page: parsed.data.page, search }), query);
  });

  app.get("/organisations/:slug", publicPage, async (request, reply) => {
    const slug = slugParam(request);
    const organisation = await getOrganisationBySlug({ db, slug });
    return sendPage(request, reply, {
      title: plainText(request, organisation.name, organisation.originalLang),
      jsonLd: organisationJsonLd(
        organisation,
        request.locale,
        absoluteUrl(deps.config.baseUrl, request, `/organisations/${slug}`),
      ),
      body: (ctx) => <OrganisationPage ctx={ctx} organisation={organisation} />,
    });
  });
}
