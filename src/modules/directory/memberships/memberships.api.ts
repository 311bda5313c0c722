import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type AppDeps, requireUser } from "../../../lib/http.js";
import { apiErrorSchema } from "../../api/index.js";
import { membershipSchema } from "../api/directory.api.schemas.js";
import { slugSchema } from "../directory.schema.js";
import { assertCanManageMemberships } from "./memberships.policy.js";
import { apiAddMembership, apiEditMembership, membershipIdParams } from "./memberships.schema.js";
import {
  addMembership,
  changeMembership,
  endMembership,
  loadMembershipAccess,
  loadNetworkAccess,
} from "./memberships.service.js";

const writeErrors = {
  401: apiErrorSchema,
  403: apiErrorSchema,
  404: apiErrorSchema,
  409: apiErrorSchema,
  422: apiErrorSchema,
} as const;

const auth =
  "Needs a signed-in session (cookie) of a platform admin or an editor of the network, and the " +
  "CSRF token of that session in the `x-csrf-token` header.";

/** Editors' writes on memberships: add, change, end. The same rules and messages as the pages. */
export function registerMembershipApi(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/api/v1/networks/:slug/memberships",
    {
      schema: {
        operationId: "addMembership",
        tags: ["memberships"],
        summary: "Add a member place to a network",
        description: `Adds the place, or restores its ended membership. A current member is a conflict (409). ${auth}`,
        params: z.object({ slug: slugSchema.describe("The network's slug.") }),
        body: apiAddMembership,
        response: { 201: membershipSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const access = await loadNetworkAccess(deps, { slug: request.params.slug, user });
      assertCanManageMemberships(user, access);
      const created = await addMembership(deps, {
        network: access.network,
        ...request.body,
        t: request.t,
        actor: user,
      });
      return reply.status(201).send(created);
    },
  );

  app.patch(
    "/api/v1/memberships/:id",
    {
      schema: {
        operationId: "updateMembership",
        tags: ["memberships"],
        summary: "Change a membership's section, since-year or status",
        description: `Fields left out keep their value; \`null\` clears the section or since-year. ${auth}`,
        params: membershipIdParams,
        body: apiEditMembership,
        response: { 200: membershipSchema, ...writeErrors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const access = await loadMembershipAccess(deps, { id: request.params.id, user });
      assertCanManageMemberships(user, access);
      const { comment, ...changes } = request.body;
      return changeMembership(deps, {
        network: access.network,
        id: access.membership.id,
        changes,
        t: request.t,
        actor: user,
        comment,
      });
    },
  );

  app.delete(
    "/api/v1/memberships/:id",
    {
      schema: {
        operationId: "endMembership",
        tags: ["memberships"],
        summary: "End a membership",
        description: `The membership is kept as ended, with the time it ended; adding the place again restores it. ${auth}`,
        params: membershipIdParams,
        response: { 200: membershipSchema, ...writeErrors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const access = await loadMembershipAccess(deps, { id: request.params.id, user });
      assertCanManageMemberships(user, access);
      return endMembership(deps, {
        network: access.network,
        id: access.membership.id,
        t: request.t,
        actor: user,
      });
    },
  );
}
