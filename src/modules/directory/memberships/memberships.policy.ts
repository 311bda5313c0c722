import { forbidden } from "../../../lib/errors.js";
import type { CurrentUser } from "../../../lib/http.js";
import { canManageNetwork } from "../networks/networks.policy.js";
import type { NetworkRole } from "./memberships.repo.js";

/** Who the user is in one network, loaded with the network in one query. */
export interface NetworkAccess {
  role: NetworkRole | null;
}

/** Admins and the network's editors manage its memberships and invite focal points; no one else. */
export function assertCanManageMemberships(user: CurrentUser, access: NetworkAccess): void {
  if (!canManageNetwork(user, access.role)) throw forbidden();
}

/** Only platform admins choose a network's editors. */
export function canManageEditors(user: CurrentUser): boolean {
  return user.isAdmin;
}

export function assertCanManageEditors(user: CurrentUser): void {
  if (!canManageEditors(user)) throw forbidden();
}
