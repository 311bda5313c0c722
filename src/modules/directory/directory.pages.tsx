import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodType } from "zod";
import { AppError, notFound } from "../../lib/errors.js";
import { type AppDeps, localePath } from "../../lib/http.js";
import { type FieldErrors, parseInput } from "../../lib/validation.js";
import { sendPage } from "../../views/page.js";
import { networkJsonLd, organisationJsonLd, placeJsonLd } from "./directory.jsonld.js";
import { canManageNetwork } from "./directory.policy.js";
import { filterLabels, pageSchema, placeFilterSchema, slugSchema } from "./directory.schema.js";
import { getNetworkDetail, listNetworks } from "./networks.service.js";
import { getOrganisationBySlug, listOrganisations } from "./organisations.service.js";
import { getPlaceBySlug, listPlaces, type PlaceList } from "./places.service.js";
import { DirectoryPage, type FilterValues } from "./views/DirectoryPage.js";
import { NetworkPage, NetworksPage } from "./views/NetworkPages.js";
import { plainText } from "./views/names.js";
import { OrganisationPage, OrganisationsPage } from "./views/OrganisationPages.js";
import { PlacePage } from "./views/PlacePage.js";

/** Pages that show every signed-out visitor the same thing: kept until the data changes. */
const publicPage = { schema: { hide: true }, config: { publicCache: true } };
/** The same, for a page that reads these query parameters (any other is redirected away). */
const publicPageWith = (query: ZodType) => ({ schema: { hide: true }, config: { publicCache: { query } } });
const filterNames = ["network", "section", "country", "region", "kind"] as const;

function filterValues(query: unknown): FilterValues {
  const q = (query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    filterNames.flatMap((k) => (typeof q[k] === "string" && q[k] ? [[k, q[k] as string]] : [])),
  );
}

/** A slug in a URL that cannot be one is simply a page that does not exist. */
function slugParam(request: FastifyRequest): string {
  const parsed = slugSchema.safeParse((request.params as { slug?: string }).slug);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

function invalid(errors: FieldErrors): AppError {
  return new AppError("invalid_input", Object.values(errors).join(" "), errors);
}

export function registerDirectoryPages(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const absolute = (request: FastifyRequest, path: string) =>
    deps.config.baseUrl + localePath(request.locale, path);

  app.get("/directory", publicPageWith(placeFilterSchema), async (request, reply) => {
    const values = filterValues(request.query);
    const networks = await listNetworks({ db });
    const show = (status: number, errors?: FieldErrors, list?: PlaceList) =>
      sendPage(request, reply, {
        title: request.t("directory.title"),
        description: request.t("directory.lead"),
        status,
        body: (ctx) => (
          <DirectoryPage ctx={ctx} networks={networks} values={values} errors={errors} list={list} />
        ),
      });
    const parsed = parseInput(placeFilterSchema, request.query, request.t, filterLabels);
    if (!parsed.ok) return show(422, parsed.errors);
    try {
      return show(
        200,
        undefined,
        await listPlaces({ db, filter: parsed.data, t: request.t, locale: request.locale }),
      );
    } catch (err) {
      if (err instanceof AppError && err.code === "invalid_input" && err.fields) return show(422, err.fields);
      throw err;
    }
  });

  app.get("/networks", publicPage, async (request, reply) => {
    const networks = await listNetworks({ db });
    return sendPage(request, reply, {
      title: request.t("directory.networks.title"),
      description: request.t("directory.networks.lead"),
      body: (ctx) => <NetworksPage ctx={ctx} networks={networks} />,
    });
  });

  app.get("/networks/:slug", publicPage, async (request, reply) => {
    const slug = slugParam(request);
    const detail = await getNetworkDetail({ db, slug, userId: request.user?.id });
    const canManage = canManageNetwork(request.user, detail.role);
    return sendPage(request, reply, {
      title: `${plainText(request, detail.network.name, detail.network.originalLang)} (${detail.network.acronym})`,
      jsonLd: networkJsonLd(detail, request.locale, absolute(request, `/networks/${slug}`)),
      body: (ctx) => <NetworkPage ctx={ctx} detail={detail} canManage={canManage} />,
    });
  });

  app.get("/places/:slug", publicPage, async (request, reply) => {
    const slug = slugParam(request);
    const detail = await getPlaceBySlug({ db, slug });
    return sendPage(request, reply, {
      title: plainText(request, detail.place.names, detail.place.originalLang),
      jsonLd: placeJsonLd(detail, request.locale, absolute(request, `/places/${slug}`)),
      body: (ctx) => <PlacePage ctx={ctx} detail={detail} />,
    });
  });

  app.get("/organisations", publicPageWith(pageSchema), async (request, reply) => {
    const parsed = parseInput(pageSchema, request.query, request.t, { page: filterLabels.page });
    if (!parsed.ok) throw invalid(parsed.errors);
    const list = await listOrganisations({ db, page: parsed.data.page });
    return sendPage(request, reply, {
      title: request.t("directory.organisations.title"),
      description: request.t("directory.organisations.lead"),
      body: (ctx) => <OrganisationsPage ctx={ctx} list={list} />,
    });
  });

  app.get("/organisations/:slug", publicPage, async (request, reply) => {
    const slug = slugParam(request);
    const organisation = await getOrganisationBySlug({ db, slug });
    return sendPage(request, reply, {
      title: plainText(request, organisation.name, organisation.originalLang),
      jsonLd: organisationJsonLd(organisation, request.locale, absolute(request, `/organisations/${slug}`)),
      body: (ctx) => <OrganisationPage ctx={ctx} organisation={organisation} />,
    });
  });
}
