import type { FastifyRequest } from "fastify";
import { forbidden } from "../../lib/errors.js";
import { type CurrentUser, requireUser } from "../../lib/http.js";

/** Platform admins only: anyone else signed in is refused, a visitor is asked to sign in. */
export function requireAdmin(request: FastifyRequest): CurrentUser {
  const user = requireUser(request);
  if (!user.isAdmin) throw forbidden();
  return user;
}
