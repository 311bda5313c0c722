import { z } from "zod";
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
  if (result.success) {
    // What would reach the database is checked, so fields the schema drops do not count.
    const errors = controlCharactersIn(result.data, t, labels);
    return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: result.data };
  }
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

/** An issue's message for a command line or a report, where there is no request's language. */
export function issueText(issue: z.core.$ZodIssue, t: Translate): string {
  const field = issue.path.map(String).join(".");
  return issue.message.startsWith("form.") ? t(issue.message, { field }) : issue.message;
}

/** Empty form fields arrive as "": treat them as absent. */
export function emptyToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

// Control characters: C0 (NUL included), DEL and C1, and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;

/** The message key for text that breaks the text rule, or undefined when it keeps it. */
export function textProblem(value: string, multiline = false): string | undefined {
  if (CONTROL.test(value)) return "form.controlCharacter";
  if (!multiline && LINE_BREAK.test(value)) return "form.lineBreak";
  return undefined;
}

/**
 * The one rule for every text field: no control character (NUL makes PostgreSQL refuse the
 * statement), and no line break or tab unless the field is multi-line. Chain length checks after it.
 */
export function text(options: { multiline?: boolean } = {}) {
  return z.string().check((ctx) => {
    const problem = textProblem(ctx.value, options.multiline);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  });
}

/**
 * Strings that reach a handler through `parseInput` without a field's own rule still may not carry
 * a control character: the last line between a form and the database. Returns the field errors.
 */
function controlCharactersIn(
  value: unknown,
  t: Translate,
  labels: Record<string, string>,
  path = "",
): FieldErrors {
  const errors: FieldErrors = {};
  const visit = (item: unknown, at: string) => {
    if (typeof item === "string") {
      if (CONTROL.test(item) && !errors[at || "form"]) {
        const name = at || "form";
        errors[name] = t("form.controlCharacter", { field: labels[name] ? t(labels[name]) : name });
      }
    } else if (Array.isArray(item)) {
      for (const [i, inner] of item.entries()) visit(inner, at ? `${at}.${i}` : String(i));
    } else if (item && typeof item === "object") {
      for (const [key, inner] of Object.entries(item)) visit(inner, at ? `${at}.${key}` : key);
    }
  };
  visit(value, path);
  return errors;
}
