import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { writeErrors } from "../../../lib/api.js";
import { type AppDeps, requireUser } from "../../../lib/http.js";
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

/**
 * Editors' writes on memberships: add, change, end. The same rules and messages as the pages. A
 * personal API token or a signed-in session (with its CSRF token) authenticates them; the
 * platform answers 401 to a write with neither before these handlers run.
 */
export function registerMembershipApi(fastify: FastifyInstance, deps: AppDeps): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/api/v1/networks/:slug/memberships",
    {
      schema: {
        operationId: "addMembership",
        tags: ["memberships"],
        params: z.object({ slug: slugSchema.meta({ examples: ["uccn"] }) }),
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
