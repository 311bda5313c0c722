import PgBoss from "pg-boss";
import type { Database } from "../db/client.js";

export type JobHandler<T> = (data: T) => Promise<void>;

export interface JobOptions {
  retryLimit?: number;
  retryDelaySeconds?: number;
  singletonKey?: string;
}

/** Background work on the database's own queue (pg-boss): survives restarts, retries failures. */
export interface Jobs {
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<void>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobs(
  database: Database,
  options: { pollingSeconds?: number } = {},
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.execute(text, values) },
    schema: "pgboss",
    // One embedded engine serves one process: keep the queue's own housekeeping light.
    supervise: true,
    schedule: false,
    maintenanceIntervalSeconds: 300,
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on("error", (err) => console.error("job queue error:", err.message));
  await boss.start();
  const created = new Set<string>();
  const ensureQueue = async (queue: string) => {
    if (created.has(queue)) return;
    await boss.createQueue(queue);
    created.add(queue);
  };
  const pollingIntervalSeconds = options.pollingSeconds ?? 1;

  return {
    async send(queue, data, opts = {}) {
      await ensureQueue(queue);
      await boss.send(queue, data, {
        retryLimit: opts.retryLimit ?? 8,
        retryDelay: opts.retryDelaySeconds ?? 30,
        retryBackoff: true,
        singletonKey: opts.singletonKey,
      });
    },
    async work(queue, handler) {
      await ensureQueue(queue);
      await boss.work(queue, { pollingIntervalSeconds, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
