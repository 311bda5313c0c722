import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { outbox } from "./mail.tables.js";

export type OutboxRow = typeof outbox.$inferSelect;

export async function insertMessage(
  db: Db,
  message: { to: string; subject: string; text: string; html?: string },
): Promise<number> {
  const [row] = await db
    .insert(outbox)
    .values({ to: message.to, subject: message.subject, text: message.text, html: message.html ?? null })
    .returning({ id: outbox.id });
  return row.id;
}

export async function findMessage(db: Db, id: number): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

/** Only a queued message changes state, so a message delivered twice is recorded once. */
export async function markDelivered(db: Db, id: number, status: "sent" | "logged"): Promise<void> {
  await db
    .update(outbox)
    .set({ status, sentAt: new Date(), attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, id), eq(outbox.status, "queued")));
}

export async function recordFailure(db: Db, id: number, error: string, giveUpAfter: number): Promise<number> {
  const [row] = await db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      lastError: error.slice(0, 1000),
      status: sql`case when ${outbox.attempts} + 1 >= ${giveUpAfter} then 'failed' else 'queued' end`,
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, "queued")))
    .returning({ attempts: outbox.attempts });
  return row?.attempts ?? 0;
}

/** Queued messages with no job waiting in the queue: left behind by a crash between insert and enqueue. */
export async function listOrphans(db: Db): Promise<number[]> {
  const result = await db.execute(sql`
    select o.id from ${outbox} o
    where o.status = 'queued'
      and not exists (
        select 1 from pgboss.job j
        where j.name = 'mail' and j.state in ('created', 'retry', 'active')
          and (j.data ->> 'id')::int = o.id)
    order by o.id`);
  return (result as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}

export async function listMessages(
  db: Db,
  options: { limit: number; offset: number },
): Promise<{ rows: OutboxRow[]; total: number }> {
  const rows = await db
    .select()
    .from(outbox)
    .orderBy(desc(outbox.id))
    .limit(options.limit)
    .offset(options.offset);
  const [{ total }] = await db.select({ total: count() }).from(outbox);
  return { rows, total: Number(total) };
}
