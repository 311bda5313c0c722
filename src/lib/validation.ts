import type { z } from "zod";
import { AppError } from "./errors.js";
import type { Translate } from "./i18n/index.js";

export type FieldErrors = Record<string, string>;

/**
 * Turns zod's issues into one translated message per field, naming the field.
 * `labels` maps a field name to the message key of its label; refinements use a message key as message.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  t: Translate,
  labels: Record<string, string> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.length ? issue.path.map(String).join(".") : "form";
    if (errors[name]) continue;
    const field = labels[name] ? t(labels[name]) : name;
    errors[name] = describeIssue(issue, field, t);
  }
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue, field: string, t: Translate): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t("form.required", { field })
          : t("form.tooShort", { field, min: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set") return t("form.required", { field });
      return t("form.tooSmall", { field, min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("form.tooLong", { field, max: Number(issue.maximum) });
      return t("form.tooBig", { field, max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("form.email", { field });
      if (issue.format === "url") return t("form.url", { field });
      return t("form.invalid", { field });
    case "invalid_type":
      // zod does not report the input by default; a coerced number that is not one says "NaN".
      if ((issue as { received?: string }).received === "NaN") return t("form.number", { field });
      if (issue.input === undefined || issue.input === null || issue.input === "")
        return t("form.required", { field });
      if (issue.expected === "int" || issue.expected === "number") return t("form.number", { field });
      return t("form.invalid", { field });
    case "invalid_value":
      return t("form.choice", { field });
    case "unrecognized_keys":
      return t("form.unknownField", { field: issue.keys.join(", ") });
    case "custom":
      // Refinements carry a message key; `{field}` in it is filled in.
      return t(issue.message, { field });
    default:
      return t("form.invalid", { field });
  }
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates form or query input; on failure every bad field gets its translated message. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: Translate,
  labels: Record<string, string> = {},
): Parsed<z.output<S>> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: describeIssues(result.error.issues, t, labels) };
}

/** The same, throwing an `invalid_input` error: for the API, where the error handler answers. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: Translate,
  labels: Record<string, string> = {},
): z.output<S> {
  const parsed = parseInput(schema, input, t, labels);
  if (!parsed.ok) throw new AppError("invalid_input", t("error.invalid_input.body"), parsed.errors);
  return parsed.data;
}

/** Empty form fields arrive as "": treat them as absent. */
export function emptyToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}
