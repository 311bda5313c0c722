import type { ComponentChildren } from "preact";
import type { FieldErrors } from "../lib/validation.js";
import type { PageContext } from "./context.js";

/** GOV.UK-style summary: the first thing a screen reader meets, each error linking to its field. */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors?: FieldErrors }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} data-autofocus>
      <h2 id="error-summary-title">{ctx.t("form.errorSummary")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

interface FieldProps {
  ctx: PageContext;
  name: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  optional?: boolean;
}

function FieldShell({
  ctx,
  name,
  label,
  hint,
  errors,
  optional,
  children,
}: FieldProps & { children: ComponentChildren }) {
  const id = fieldId(name);
  const error = errors?.[name];
  return (
    <div class={error ? "field field-error" : "field"}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> {ctx.t("form.optional")}</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">{ctx.t("form.errorPrefix")}</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

function describedBy(name: string, hint?: string, errors?: FieldErrors): string | undefined {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : "", errors?.[name] ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField(
  props: FieldProps & {
    value?: string | number | null;
    type?: "text" | "email" | "password" | "url" | "number" | "search";
    autocomplete?: string;
    maxLength?: number;
    required?: boolean;
    inputMode?: "numeric" | "text" | "email" | "url";
  },
) {
  const { name, hint, errors } = props;
  return (
    <FieldShell {...props}>
      <input
        id={fieldId(name)}
        name={name}
        {...({ type: props.type ?? "text" } as { type: "text" })}
        value={props.value ?? ""}
        autoComplete={props.autocomplete}
        maxLength={props.maxLength}
        required={props.required}
        inputMode={props.inputMode}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { value?: string | null; rows?: number; maxLength?: number }) {
  const { name, hint, errors } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      >
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

interface SelectOption {
  value: string;
  label: string;
}

/** A select; `groups` adds options under group labels (`<optgroup>`, `data-group` naming each), after `options`. */
export function SelectField(
  props: FieldProps & {
    value?: string | number | null;
    options: SelectOption[];
    groups?: { key: string; label: string; options: SelectOption[] }[];
    blank?: string;
    /** Data attributes for a script that enhances the select. */
    data?: Record<`data-${string}`, string>;
  },
) {
  const { name, hint, errors } = props;
  const current = props.value == null ? "" : String(props.value);
  const option = (o: SelectOption) => (
    <option key={o.value} value={o.value} selected={o.value === current}>
      {o.label}
    </option>
  );
  return (
    <FieldShell {...props}>
      <select
        id={fieldId(name)}
        name={name}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        {...props.data}
      >
        {props.blank !== undefined && <option value="">{props.blank}</option>}
        {props.options.map(option)}
        {props.groups?.map((g) => (
          <optgroup key={g.key} label={g.label} data-group={g.key}>
            {g.options.map(option)}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

/** A POST form with its CSRF token. */
export function Form({
  ctx,
  action,
  children,
  class: className,
}: {
  ctx: PageContext;
  action: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <form method="post" action={action} class={className} noValidate>
      <input type="hidden" name="_csrf" value={ctx.csrf()} />
      {children}
    </form>
  );
}

/** A file input; `accept` only guides the browser's chooser, the server checks the bytes. */
export function FileField(props: FieldProps & { accept?: string; required?: boolean }) {
  const { name, hint, errors } = props;
  return (
    <FieldShell {...props}>
      <input
        id={fieldId(name)}
        name={name}
        type="file"
        accept={props.accept}
        required={props.required}
        aria-invalid={errors?.[name] ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
    </FieldShell>
  );
}

/** One checkbox with its label beside it; sends `value` when ticked, nothing otherwise. */
export function CheckboxField(props: Omit<FieldProps, "optional"> & { checked?: boolean; value?: string }) {
  const { ctx, name, label, hint, errors } = props;
  const id = fieldId(name);
  const error = errors?.[name];
  return (
    <div class={error ? "field checkbox field-error" : "field checkbox"}>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">{ctx.t("form.errorPrefix")}</span> {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="checkbox"
        value={props.value ?? "yes"}
        checked={props.checked}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, hint, errors)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
