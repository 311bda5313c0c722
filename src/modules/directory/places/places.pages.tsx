import type { FastifyInstance } from "fastify";
import { AppError } from "../../../lib/errors.js";
import type { AppDeps } from "../../../lib/http.js";
import { type FieldErrors, parseInput } from "../../../lib/validation.js";
import { sendPage } from "../../../views/page.js";
import { absoluteUrl, publicPage, publicPageWith, slugParam } from "../directory.http.js";
import { placeJsonLd } from "../directory.jsonld.js";
import { listNetworksWithSections } from "../networks/networks.service.js";
import { plainText } from "../views/names.js";
import { filterLabels, placeFilterSchema, withSectionNetwork } from "./places.schema.js";
import { getPlaceBySlug, listPlaces, type PlaceList } from "./places.service.js";
import { DirectoryPage, type FilterValues } from "./views/DirectoryPage.js";
import { PlacePage } from "./views/PlacePage.js";

const filterNames = ["q", "network", "section", "country", "region", "kind"] as const;

function filterValues(query: unknown): FilterValues {
  const q = (query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    filterNames.flatMap((k) => (typeof q[k] === "string" && q[k] ? [[k, q[k] as string]] : [])),
  );
}

/** The directory of places with its filters, and each place's page. */
export function registerPlacePages(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;

  app.get("/directory", publicPageWith(placeFilterSchema), async (request, reply) => {
    const query = withSectionNetwork(request.query);
    const values = filterValues(query);
    const networks = await listNetworksWithSections({ db });
    const show = (status: number, errors?: FieldErrors, list?: PlaceList) =>
      sendPage(request, reply, {
        title: request.t("directory.title"),
        description: request.t("directory.lead"),
        status,
        body: (ctx) => (
          <DirectoryPage ctx={ctx} networks={networks} values={values} errors={errors} list={list} />
        ),
      });
    const parsed = parseInput(placeFilterSchema, query, request.t, filterLabels);
    if (!parsed.ok) return show(422, parsed.errors);
    try {
      return show(
        200,
        undefined,
        await listPlaces({
          db,
          filter: parsed.data,
          t: request.t,
          locale: request.locale,
          keeper: app.responseCache,
        }),
      );
    } catch (err) {
      if (err instanceof AppError && err.code === "invalid_input" && err.fields) return show(422, err.fields);
      throw err;
    }
  });

  app.get("/places/:slug", publicPage, async (request, reply) => {
    const slug = slugParam(request);
    const detail = await getPlaceBySlug({ db, slug });
    return sendPage(request, reply, {
      title: plainText(request, detail.place.names, detail.place.originalLang),
      jsonLd: placeJsonLd(
        detail,
        request.locale,
        absoluteUrl(deps.config.baseUrl, request, `/places/${slug}`),
      ),
      body: (ctx) => <PlacePage ctx={ctx} detail={detail} />,
    });
  });
}
