import type { FastifyRequest } from "fastify";
import { forbidden } from "../../lib/errors.js";
import { type CurrentUser, requireUser } from "../../lib/http.js";

/** Platform admins only: anyone else signed in is refused, a visitor is asked to sign in. */
export function requireAdmin(request: FastifyRequest): CurrentUser {
  const user = requireUser(request);
  if (!user.isAdmin) throw forbidden();
  return user;
}

/** An admin may give or take any role but their own admin role, so the platform never loses its last admin by mistake. */
export function canChangeRole(
  admin: CurrentUser,
  change: { userId: number; role: "admin" | "editor"; action: "give" | "take" },
): boolean {
  return !(change.role === "admin" && change.action === "take" && change.userId === admin.id);
}
