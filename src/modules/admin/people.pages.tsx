import type { FastifyInstance } from "fastify";
import { notFound } from "../../lib/errors.js";
import { type AppDeps, redirectTo } from "../../lib/http.js";
import { sendPage } from "../../views/page.js";
import { setAdmin } from "../accounts/index.js";
import { giveEditorRole, listNetworks, takeEditorRole } from "../directory/index.js";
import { canChangeRole, requireAdmin } from "./admin.policy.js";
import { idParams, peopleFilterSchema, roleChangeSchema } from "./people.schema.js";
import { listPeopleWithRoles } from "./people.service.js";
import { PeoplePage } from "./views/PeoplePage.js";

/** The list's own query (filters and position) from a posted `back`, nothing else. */
function listQuery(back: string, notice: string): string {
  const from = new URLSearchParams(back);
  const query = new URLSearchParams();
  for (const key of ["q", "role", "network", "after"]) {
    const value = from.get(key);
    if (value) query.set(key, value.slice(0, 200));
  }
  query.set("notice", notice);
  return query.toString();
}

/** Admins find people by name or address, filter them by role, and give or take roles from the list. */
export function registerPeoplePages(app: FastifyInstance, deps: AppDeps) {
  app.get("/admin/people", { schema: { hide: true } }, async (request, reply) => {
    requireAdmin(request);
    const filter = peopleFilterSchema.parse(request.query ?? {});
    const [page, networks] = await Promise.all([
      listPeopleWithRoles(deps, filter),
      listNetworks({ db: deps.database.db }),
    ]);
    return sendPage(request, reply, {
      title: request.t("admin.people.title"),
      body: (ctx) => (
        <PeoplePage ctx={ctx} filter={filter} people={page.people} next={page.next} networks={networks} />
      ),
    });
  });

  for (const action of ["give", "take"] as const) {
    app.post(`/admin/people/:id/${action}`, { schema: { hide: true } }, async (request, reply) => {
      const admin = requireAdmin(request);
      const id = idParams.safeParse(request.params);
      const change = roleChangeSchema.safeParse(request.body ?? {});
      if (!id.success || !change.success) throw notFound();
      const userId = id.data.id;
      const { role, network, back } = change.data;
      if (!canChangeRole(admin, { userId, role, action })) {
        return redirectTo(request, reply, `/admin/people?${listQuery(back, "self")}`);
      }
      if (role === "admin") await setAdmin(deps, { userId, isAdmin: action === "give" });
      else if (!network) throw notFound();
      else if (action === "give") await giveEditorRole(deps, { network, userId });
      else await takeEditorRole(deps, { network, userId });
      return redirectTo(
        request,
        reply,
        `/admin/people?${listQuery(back, action === "give" ? "given" : "taken")}`,
      );
    });
  }
}
