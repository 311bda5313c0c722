import type { CurrentUser } from "../../../lib/http.js";
import type { NetworkRole } from "./networks.repo.js";

/** Platform admins and the network's editors manage its members; members and visitors do not. */
export function canManageNetwork(user: CurrentUser | null, roleOfUserInNetwork: NetworkRole | null): boolean {
  if (!user) return false;
  return user.isAdmin || roleOfUserInNetwork === "editor";
}
