import type { AppDeps } from "../../lib/http.js";
import { listPeople, type PersonSummary } from "../accounts/index.js";
import { type HeldRole, listRoleHolders, listRolesOf } from "../directory/index.js";
import type { PeopleFilter } from "./people.schema.js";

export const peoplePerPage = 25;

export interface PersonRow extends PersonSummary {
  roles: HeldRole[];
}

/**
 * A page of people for the admins' list, with their roles: admins from accounts, network roles
 * from the directory. Three statements, whatever the page; none counts every row.
 */
export async function listPeopleWithRoles(
  deps: AppDeps,
  filter: PeopleFilter,
): Promise<{ people: PersonRow[]; next?: number }> {
  const db = deps.database.db;
  const networkRole = filter.role === "editor" || filter.role === "member" ? filter.role : undefined;
  const ids =
    networkRole || filter.network
      ? await listRoleHolders(deps, { role: networkRole, network: filter.network })
      : undefined;
  const page = await listPeople({
    db,
    q: filter.q,
    ids,
    admins: filter.role === "admin",
    after: filter.after,
    limit: peoplePerPage,
  });
  const roles = await listRolesOf(
    deps,
    page.people.map((p) => p.id),
  );
  return { people: page.people.map((p) => ({ ...p, roles: roles.get(p.id) ?? [] })), next: page.next };
}
