import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "../../db/columns.js";

/** Every message the platform sends, kept so that none is lost and an admin can read them. */
/** Where a message of the outbox is: waiting, sent, written to the log instead, or given up on. */
export const outboxStatuses = ["queued", "sent", "logged", "failed"] as const;

export const outbox = pgTable(
  "outbox",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    status: text("status", { enum: outboxStatuses }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("outbox_status_idx").on(t.status, t.id),
    check("outbox_status", sql`${t.status} in ('queued', 'sent', 'logged', 'failed')`),
  ],
);
