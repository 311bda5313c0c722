import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../lib/http.js";
import { parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { absoluteUrl, invalid, publicPage, publicPageWith, slugParam } from "../directory.http.js";
import { organisationJsonLd } from "../directory.jsonld.js";
import { namePageSchema } from "../directory.schema.js";
import { filterLabels } from "../places/places.schema.js";
import { plainText } from "../views/names.js";
import { getOrganisationBySlug, listOrganisations } from "./organisations.service.js";
import { OrganisationPage, OrganisationsPage } from "./views/OrganisationPages.js";

/** The list of organisations and each organisation's page. */
export function registerOrganisationPages(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;

  app.get("/organisations", publicPageWith(namePageSchema), async (request, reply) => {
    const parsed = parseInput(namePageSchema, request.query, request.t, {
      page: filterLabels.page,
      q: filterLabels.q,
    });
    if (!parsed.ok) throw invalid(parsed.errors);
    const query = parsed.data.q || undefined;
    const search = query ? { text: query, locale: request.locale } : undefined;
    const list = await listOrganisations({ db, page: parsed.data.page, search });
    return sendPage(request, reply, {
      title: request.t("directory.organisations.title"),
      description: request.t("directory.organisations.lead"),
      body: (ctx) => <OrganisationsPage ctx={ctx} list={list} query={query} />,
    });
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
