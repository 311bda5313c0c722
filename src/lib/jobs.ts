import PgBoss from "pg-boss";
import type { Database } from "../db/client.js";

export type JobHandler<T> = (data: T) => Promise<void>;

export interface JobOptions {
  retryLimit?: number;
  retryDelaySeconds?: number;
  singletonKey?: string;
}

/** A recurring job as it is registered in the queue. */
export interface ScheduledJob {
  name: string;
  cron: string;
  /** The IANA time zone the cron expression is read in ("Europe/Paris"). */
  tz: string;
}

/** Background work on the database's own queue (pg-boss): survives restarts, retries failures. */
export interface Jobs {
  send<T extends object>(queue: string, data: T, options?: JobOptions): Promise<void>;
  work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void>;
  /**
   * Runs `handler` at every time `cron` names, read in the time zone `tz`: once for the whole
   * platform, whichever process takes it. Registering again replaces the cron and the zone.
   */
  schedule(job: ScheduledJob, handler: () => Promise<void>): Promise<void>;
  /** The recurring jobs registered in the database, by name. */
  schedules(): Promise<ScheduledJob[]>;
  /** Removes every recurring job but those named: a schedule no module declares any more stops. */
  unscheduleOthers(keep: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** An IANA time zone this runtime knows, or a clear error naming the schedule. */
function checkZone(job: ScheduledJob): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: job.tz });
  } catch {
    throw new Error(`Schedule ${job.name}: unknown time zone "${job.tz}"`);
  }
}

/**
 * Starts the queue. With `schedules`, this process also keeps time for recurring jobs (pg-boss's
 * timekeeper: a look at the schedules every `cronMonitorIntervalSeconds`, due jobs moved to their
 * queues every `cronWorkerIntervalSeconds`); without, it adds no polling for them.
 */
export async function startJobs(
  database: Database,
  options: { pollingSeconds?: number; schedules?: boolean } = {},
): Promise<Jobs> {
  // The embedded engine runs on this process's one thread: look less often (a minute's cron is still met).
  const embedded = database.engine === "pglite";
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.execute(text, values) },
    schema: "pgboss",
    // One embedded engine serves one process: keep the queue's own housekeeping light.
    supervise: true,
    schedule: options.schedules ?? false,
    cronMonitorIntervalSeconds: embedded ? 45 : 30,
    cronWorkerIntervalSeconds: embedded ? 15 : 5,
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
    async schedule(job, handler) {
      checkZone(job);
      await ensureQueue(job.name);
      await boss.schedule(job.name, job.cron, {}, { tz: job.tz, retryLimit: 2, retryDelay: 60 });
      await boss.work(job.name, { pollingIntervalSeconds, batchSize: 1 }, async () => handler());
    },
    async schedules() {
      const rows = (await boss.getSchedules()) as unknown as {
        name: string;
        cron: string;
        timezone: string;
      }[];
      return rows.map((r) => ({ name: r.name, cron: r.cron, tz: r.timezone }));
    },
    async unscheduleOthers(keep) {
      for (const { name } of await boss.getSchedules()) if (!keep.includes(name)) await boss.unschedule(name);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
