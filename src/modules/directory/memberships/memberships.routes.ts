import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../lib/http.js";
import { registerEditorPages } from "./editors.pages.js";
import { registerInvitationPages } from "./invitations.pages.js";
import { registerMembershipApi } from "./memberships.api.js";
import { registerMembershipEditPages } from "./memberships.edit.pages.js";
import { registerMembershipPages } from "./memberships.pages.js";
import { registerNewPlacePages } from "./places.new.pages.js";

/** The editors' side of the directory: memberships, editors, focal-point invitations, API writes. */
export function registerManageRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerMembershipPages(app, deps);
  registerNewPlacePages(app, deps);
  registerMembershipEditPages(app, deps);
  registerEditorPages(app, deps);
  registerInvitationPages(app, deps);
  registerMembershipApi(app, deps);
}
