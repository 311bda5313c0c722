import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
// Foreign keys are the one place where a module's tables name another module's tables.
import { users } from "../accounts/accounts.tables.js";

/** A value in a change: plain text, or a message key translated when the history is shown. */
export type AuditValue = string | { key: string } | null;

/** One field of a record before and after a change; `field` is the message key of its label. */
export interface AuditChange {
  field: string;
  from: AuditValue;
  to: AuditValue;
}

/**
 * Who did what to which record, when, and why. `subject` names the record ("membership:12"),
 * `scope` what it belongs to ("network:3"), so a network's page shows the history of its members too.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** The name the person had then: the history still reads well after the account is gone. */
    actorName: text("actor_name").notNull(),
    /** The message key of what was done ("manage.audit.added"). */
    action: text("action").notNull(),
    subject: text("subject").notNull(),
    scope: text("scope").notNull(),
    changes: jsonb("changes").$type<AuditChange[]>().notNull().default([]),
    comment: text("comment"),
  },
  (t) => [
    index("audit_events_subject_idx").on(t.subject, t.at),
    index("audit_events_scope_idx").on(t.scope, t.at),
  ],
);
