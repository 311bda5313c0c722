import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError, notFound } from "../../../lib/errors.js";
import { pickTranslation } from "../../../lib/i18n/index.js";
import type { FieldErrors } from "../../../lib/validation.js";
import { slugSchema } from "../directory.schema.js";

const pageParams = z.object({
  slug: slugSchema,
  id: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});

/** A malformed slug or id in a page address is a page that does not exist. */
export function pageParamsOf(request: FastifyRequest): { slug: string; id: number } {
  const parsed = pageParams.safeParse(request.params);
  if (!parsed.success) throw notFound();
  return { slug: parsed.data.slug, id: parsed.data.id ?? 0 };
}

const notices = ["added", "saved", "ended", "invited", "editorAdded", "editorRemoved"] as const;

/** The translated outcome of the change that redirected here (`?notice=saved`), if any. */
export function noticeOf(request: FastifyRequest): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.notice;
  return (notices as readonly unknown[]).includes(value) ? request.t(`manage.notice.${value}`) : undefined;
}

/** A name in the page's language, for titles and messages. */
export function nameIn(request: FastifyRequest, values: Partial<Record<string, string>>, original = "en") {
  return pickTranslation(values, request.locale, original).text;
}

/** Field errors a form can show: invalid input and conflicts; anything else goes to the error page. */
export function formErrorsOf(err: unknown): { status: number; errors: FieldErrors } {
  if (err instanceof AppError && (err.code === "invalid_input" || err.code === "conflict") && err.fields) {
    return { status: err.status, errors: err.fields };
  }
  throw err;
}

/** Form fields as strings, to show back what was typed. */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key !== "_csrf" && typeof value === "string") values[key] = value;
  }
  return values;
}
