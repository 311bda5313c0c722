import type { FastifyRequest } from "fastify";
import { noticeOf } from "../../../lib/forms.js";

const notices = ["added", "saved", "ended", "invited", "editorAdded", "editorRemoved", "placeAdded"] as const;

/** The translated outcome of the change that redirected here (`?notice=saved`), if any. */
export function manageNotice(request: FastifyRequest): string | undefined {
  return noticeOf(request, "manage.notice", notices);
}
