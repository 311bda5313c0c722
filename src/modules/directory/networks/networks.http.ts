import type { FastifyRequest } from "fastify";
import { forbidden } from "../../../lib/errors.js";
import type { AppDeps } from "../../../lib/http.js";
import { pageParamsOf } from "../directory.http.js";
import { loadNetworkAccess } from "../memberships/memberships.service.js";
import { canManageNetwork } from "./networks.policy.js";

/** The network in the address, once the user is known to edit it: its editors and platform admins. */
export async function authorizeNetworkEditor(deps: AppDeps, request: FastifyRequest) {
  const user = request.user;
  if (!user) throw forbidden();
  const { slug } = pageParamsOf(request);
  const access = await loadNetworkAccess(deps, { slug, user });
  if (!canManageNetwork(user, access.role)) throw forbidden();
  return access;
}
