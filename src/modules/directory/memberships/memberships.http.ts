import type { FastifyRequest } from "fastify";
import { noticeOf } from "../../../lib/forms.js";
import { messageKeys } from "../../../lib/i18n/keys.js";

const notices = messageKeys("manage.notice", [
  "added",
  "saved",
  "ended",
  "invited",
  "editorAdded",
  "editorRemoved",
  "placeAdded",
]);

/** The translated outcome of the change that redirected here (`?notice=saved`), if any. */
export function manageNotice(request: FastifyRequest): string | undefined {
  return noticeOf(request, notices);
}
