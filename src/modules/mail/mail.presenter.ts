import type { AppDeps } from "../../lib/http.js";
import * as repo from "./mail.repo.js";

/** An outbox message as the admin pages show it. */
export interface OutboxEntry {
  id: number;
  to: string;
  subject: string;
  text: string;
  status: "queued" | "sent" | "logged" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

function present(row: repo.OutboxRow): OutboxEntry {
  return {
    id: row.id,
    to: row.to,
    subject: row.subject,
    text: row.text,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}

/** The outbox, newest first. */
export async function listOutbox(
  deps: AppDeps,
  options: { page: number; perPage: number },
): Promise<{ entries: OutboxEntry[]; total: number }> {
  const { rows, total } = await repo.listMessages(deps.database.db, {
    limit: options.perPage,
    offset: (options.page - 1) * options.perPage,
  });
  return { entries: rows.map(present), total };
}

export async function showOutboxMessage(deps: AppDeps, id: number): Promise<OutboxEntry | undefined> {
  const row = await repo.findMessage(deps.database.db, id);
  return row && present(row);
}
