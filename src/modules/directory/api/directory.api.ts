import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../../lib/http.js";
import { pageInfo, pageSchema, readErrors } from "../../api/index.js";
import { listNetworks } from "../networks/networks.service.js";
import { getOrganisationBySlug, listOrganisations } from "../organisations/organisations.service.js";
import { getPlaceBySlug } from "../places/places.service.js";
import {
  detailQuery,
  listQuery,
  membershipSchema,
  membershipsQuery,
  networkDetailSchema,
  networkSchema,
  organisationSchema,
  placesQuery,
  placeWithMembershipsSchema,
  slugParams,
} from "./directory.api.schemas.js";
import { getNetworkSummary, listMembershipsFiltered, listPlacesStrictly } from "./directory.api.service.js";

/** The directory's public read API: /api/v1 networks, places, memberships, organisations. */
export function registerDirectoryApi(fastify: FastifyInstance, { database }: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = database.db;

  app.get(
    "/api/v1/networks",
    {
      config: { publicCache: true },
      schema: {
        operationId: "listNetworks",
        tags: ["networks"],
        summary: "List the networks",
        description: "Every network hosted here, by acronym.",
        querystring: listQuery,
        response: { 200: pageSchema(networkSchema), ...readErrors },
      },
    },
    async (request) => {
      const { page, perPage } = request.query;
      // A platform hosts tens of networks: one statement, then the page is cut here.
      const all = await listNetworks({ db });
      return {
        data: all.slice((page - 1) * perPage, page * perPage),
        ...pageInfo(request, { page, perPage }, all.length),
      };
    },
  );

  app.get(
    "/api/v1/networks/:slug",
    {
      config: { publicCache: true },
      schema: {
        operationId: "getNetwork",
        tags: ["networks"],
        summary: "A network, its sections and its figures",
        description:
          "The network with its sections and figures computed from its memberships. " +
          "Its members are listed by /api/v1/places?network= or /api/v1/memberships?network=.",
        params: slugParams("uccn"),
        querystring: detailQuery,
        response: { 200: z.object({ data: networkDetailSchema }), ...readErrors },
      },
    },
    async (request) => ({ data: await getNetworkSummary({ db, slug: request.params.slug }) }),
  );

  app.get(
    "/api/v1/places",
    {
      config: { publicCache: true },
      schema: {
        operationId: "listPlaces",
        tags: ["places"],
        summary: "List and filter places",
        description: "Places by name, each with the networks it is an active member of.",
        querystring: placesQuery,
        response: { 200: pageSchema(placeWithMembershipsSchema), ...readErrors },
      },
    },
    async (request) => {
      const { perPage, lang: _lang, ...filter } = request.query;
      const list = await listPlacesStrictly({ db, filter, perPage, t: request.t });
      return { data: list.places, ...pageInfo(request, { page: filter.page, perPage }, list.total) };
    },
  );

  app.get(
    "/api/v1/places/:slug",
    {
      config: { publicCache: true },
      schema: {
        operationId: "getPlace",
        tags: ["places"],
        summary: "A place and its memberships",
        params: slugParams("paris-fr"),
        querystring: detailQuery,
        response: { 200: z.object({ data: placeWithMembershipsSchema }), ...readErrors },
      },
    },
    async (request) => {
      const detail = await getPlaceBySlug({ db, slug: request.params.slug });
      return { data: { ...detail.place, memberships: detail.memberships } };
    },
  );

  app.get(
    "/api/v1/memberships",
    {
      config: { publicCache: true },
      schema: {
        operationId: "listMemberships",
        tags: ["memberships"],
        summary: "List and filter memberships",
        description: "Memberships of places in networks, current and ended, oldest record first.",
        querystring: membershipsQuery,
        response: { 200: pageSchema(membershipSchema), ...readErrors },
      },
    },
    async (request) => {
      const { lang: _lang, ...filter } = request.query;
      const list = await listMembershipsFiltered({ db, filter, t: request.t });
      return { data: list.memberships, ...pageInfo(request, filter, list.total) };
    },
  );

  app.get(
    "/api/v1/organisations",
    {
      config: { publicCache: true },
      schema: {
        operationId: "listOrganisations",
        tags: ["organisations"],
        summary: "List the organisations",
        description: "Partner organisations: UN agencies, universities, NGOs, companies, city networks...",
        querystring: listQuery,
        response: { 200: pageSchema(organisationSchema), ...readErrors },
      },
    },
    async (request) => {
      const { page, perPage } = request.query;
      const list = await listOrganisations({ db, page, perPage });
      return { data: list.organisations, ...pageInfo(request, { page, perPage }, list.total) };
    },
  );

  app.get(
    "/api/v1/organisations/:slug",
    {
      config: { publicCache: true },
      schema: {
        operationId: "getOrganisation",
        tags: ["organisations"],
        summary: "An organisation",
        params: slugParams("unesco"),
        querystring: detailQuery,
        response: { 200: z.object({ data: organisationSchema }), ...readErrors },
      },
    },
    async (request) => ({ data: await getOrganisationBySlug({ db, slug: request.params.slug }) }),
  );
}
