import type { Db } from "../../db/client.js";
import type { HistoryEntry } from "../../views/History.js";
import * as repo from "./audit.repo.js";
import type { AuditChange, AuditValue } from "./audit.tables.js";

export interface RecordedChange {
  /** Who made the change; null for the platform itself (a command, an import). */
  actor: { id: number; name: string } | null;
  /** The message key of what was done, in the recording module's catalogue. */
  action: string;
  subject: string;
  scope: string;
  changes?: AuditChange[];
  comment?: string | null;
}

/**
 * Adds an event to the audit trail. Give it the transaction that makes the change: the change and
 * its record are committed together or not at all.
 */
export async function recordChange(db: Db, change: RecordedChange): Promise<void> {
  await repo.insertEvent(db, {
    actorId: change.actor?.id ?? null,
    actorName: change.actor?.name ?? "",
    action: change.action,
    subject: change.subject,
    scope: change.scope,
    changes: change.changes ?? [],
    comment: change.comment?.trim() || null,
  });
}

/** The fields whose value differs between two versions of a record, with their labels' keys. */
export function diffFields(fields: { field: string; from: AuditValue; to: AuditValue }[]): AuditChange[] {
  return fields.filter((f) => JSON.stringify(f.from) !== JSON.stringify(f.to));
}

/** A record's history (`subject`), or everything that happened in a scope, newest first. */
export async function listHistory(options: {
  db: Db;
  subject?: string;
  scope?: string;
  limit?: number;
}): Promise<HistoryEntry[]> {
  const where = options.subject ? { subject: options.subject } : { scope: options.scope ?? "" };
  const rows = await repo.selectEvents(options.db, where, options.limit ?? 50);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorName: row.actorName,
    action: row.action,
    changes: row.changes,
    comment: row.comment,
  }));
}
