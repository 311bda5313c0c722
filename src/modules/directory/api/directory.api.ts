import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { itemSchema, pageInfo, pageSchema, readErrors } from "../../../lib/api.js";
import type { AppDeps } from "../../../lib/http.js";
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

// Named answers, built once: a schema's id may be registered only once.
const networkPage = pageSchema(networkSchema, "NetworkPage");
const placePage = pageSchema(placeWithMembershipsSchema, "PlacePage");
const membershipPage = pageSchema(membershipSchema, "MembershipPage");
const organisationPage = pageSchema(organisationSchema, "OrganisationPage");
const networkAnswer = itemSchema(networkDetailSchema, "NetworkAnswer");
const placeAnswer = itemSchema(placeWithMembershipsSchema, "PlaceAnswer");
const organisationAnswer = itemSchema(organisationSchema, "OrganisationAnswer");

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
        querystring: listQuery,
        response: { 200: networkPage, ...readErrors },
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
        params: slugParams("uccn"),
        querystring: detailQuery,
        response: { 200: networkAnswer, ...readErrors },
      },
    },
    async (request) => ({
      data: await getNetworkSummary({ db, slug: request.params.slug, keeper: app.responseCache }),
    }),
  );

  app.get(
    "/api/v1/places",
    {
      config: { publicCache: true },
      schema: {
        operationId: "listPlaces",
        tags: ["places"],
        querystring: placesQuery,
        response: { 200: placePage, ...readErrors },
      },
    },
    async (request) => {
      const { page, perPage, lang: _lang, ...filter } = request.query;
      const keeper = app.responseCache;
      const list = await listPlacesStrictly({ db, filter, page, perPage, t: request.t, keeper });
      return { data: list.places, ...pageInfo(request, { page, perPage }, list.total) };
    },
  );

  app.get(
    "/api/v1/places/:slug",
    {
      config: { publicCache: true },
      schema: {
        operationId: "getPlace",
        tags: ["places"],
        params: slugParams("barcelona"),
        querystring: detailQuery,
        response: { 200: placeAnswer, ...readErrors },
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
        querystring: membershipsQuery,
        response: { 200: membershipPage, ...readErrors },
      },
    },
    async (request) => {
      const { lang: _lang, ...filter } = request.query;
      const keeper = app.responseCache;
      const list = await listMembershipsFiltered({ db, filter, t: request.t, keeper });
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
        querystring: listQuery,
        response: { 200: organisationPage, ...readErrors },
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
        params: slugParams("unesco"),
        querystring: detailQuery,
        response: { 200: organisationAnswer, ...readErrors },
      },
    },
    async (request) => ({ data: await getOrganisationBySlug({ db, slug: request.params.slug }) }),
  );
}
