import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { auditEvents } from "./audit.tables.js";

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

export async function insertEvent(db: Db, values: NewAuditRow): Promise<void> {
  await db.insert(auditEvents).values(values);
}

/** The newest events first, of one record or of everything in one scope. */
export async function selectEvents(
  db: Db,
  where: { subject: string } | { scope: string },
  limit: number,
): Promise<AuditRow[]> {
  const condition =
    "subject" in where ? eq(auditEvents.subject, where.subject) : eq(auditEvents.scope, where.scope);
  return db
    .select()
    .from(auditEvents)
    .where(condition)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}
