import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { AppError } from "./errors.js";
import type { MessageKeys } from "./i18n/keys.js";
import { type FieldErrors, parseInput } from "./validation.js";

/** A form as a page shows it: what was typed and, after a refusal, a message per field. */
export type FormState = { values: Record<string, string>; errors?: FieldErrors };

// Never shown again: the CSRF token, and anything secret a person typed.
const SECRET = /password|^confirm$|^_csrf$/i;
// Far above any field's own limit, so that what was typed comes back whole.
const LONGEST = 10_000;

/** A posted form's fields as strings, to show back what was typed: never the CSRF token nor a password. */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (SECRET.test(key) || typeof value !== "string") continue;
    values[key] = value.slice(0, LONGEST);
  }
  return values;
}

/** Field errors a form can show: invalid input and conflicts; anything else goes to the error page. */
export function formErrorsOf(err: unknown): { status: number; errors: FieldErrors } {
  if (err instanceof AppError && (err.code === "invalid_input" || err.code === "conflict") && err.fields) {
    return { status: err.status, errors: err.fields };
  }
  throw err;
}

/**
 * The translated outcome of the change that redirected here (`?notice=saved`), when it is one of
 * the family's values (`messageKeys("sections.notice", ["added", "saved"])`).
 */
export function noticeOf<V extends string>(
  request: FastifyRequest,
  notices: MessageKeys<V>,
): string | undefined {
  const asked = (request.query as Record<string, unknown> | undefined)?.notice;
  const known = notices.values.find((value) => value === asked);
  return known && request.t(notices(known));
}

/**
 * A form's post, the one way: parse the body with `schema`, then `act` on what it gives (and
 * answer, usually with a redirect). Bad input (422), or a refusal the action throws with field
 * messages (`invalid_input`, `conflict`), shows the form again through `again` with what was typed.
 */
export async function submitForm<S extends z.ZodType, Done, Again>(
  request: FastifyRequest,
  options: {
    schema: S;
    labels?: Record<string, string>;
    act: (data: z.output<S>) => Promise<Done>;
    again: (form: FormState, status: number) => Again | Promise<Again>;
  },
): Promise<Done | Again> {
  const values = formValues(request.body);
  const parsed = parseInput(options.schema, request.body, request.t, options.labels);
  if (!parsed.ok) return options.again({ values, errors: parsed.errors }, 422);
  try {
    return await options.act(parsed.data);
  } catch (err) {
    const failed = formErrorsOf(err);
    return options.again({ values, errors: failed.errors }, failed.status);
  }
}
