import { formatDate } from "../lib/i18n/index.js";
import type { FieldErrors } from "../lib/validation.js";
import type { PageContext } from "./context.js";
import { TextArea } from "./forms.js";

/** A value before or after a change: plain text, or a message key to translate. */
export type HistoryValue = string | { key: string } | null;

/** One event of a record's history, as the audit trail presents it. */
export interface HistoryEntry {
  id: number;
  at: Date;
  actorName: string;
  /** Message key of what was done. */
  action: string;
  changes: { field: string; from: HistoryValue; to: HistoryValue }[];
  comment: string | null;
}

function Value({ ctx, value }: { ctx: PageContext; value: HistoryValue }) {
  if (value === null || value === "") return <em>{ctx.t("history.empty")}</em>;
  return <>{typeof value === "string" ? value : ctx.t(value.key)}</>;
}

/** Who changed what and when, newest first, with their comments: the audit trail of a record. */
export function History({
  ctx,
  entries,
  title,
}: {
  ctx: PageContext;
  entries: HistoryEntry[];
  title?: string;
}) {
  const t = ctx.t;
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{title ?? t("history.title")}</h2>
      {entries.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <ol class="history-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p class="meta">
                <time dateTime={entry.at.toISOString()}>
                  {formatDate(ctx.locale, entry.at, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "UTC",
                  })}{" "}
                  UTC
                </time>
                {" · "}
                {entry.actorName || t("history.platform")}
              </p>
              <p>{t(entry.action)}</p>
              {entry.changes.length > 0 && (
                <ul>
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      {t("history.field", { field: t(change.field) })} <Value ctx={ctx} value={change.from} />{" "}
                      → <Value ctx={ctx} value={change.to} />
                    </li>
                  ))}
                </ul>
              )}
              {entry.comment && (
                <blockquote>
                  <p>
                    <span class="visually-hidden">{t("history.comment")} </span>
                    {entry.comment}
                  </p>
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The optional comment beside a change, kept in the history. */
export function CommentField({
  ctx,
  value,
  errors,
}: {
  ctx: PageContext;
  value?: string;
  errors?: FieldErrors;
}) {
  return (
    <TextArea
      ctx={ctx}
      name="comment"
      label={ctx.t("audit.field.comment")}
      hint={ctx.t("audit.comment.hint")}
      value={value}
      errors={errors}
      rows={2}
      maxLength={1000}
      optional
    />
  );
}
