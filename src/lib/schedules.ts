import type { AppDeps } from "./http.js";
import type { Jobs, ScheduledJob } from "./jobs.js";

/** A recurring job of a module: `name` (its queue, "module.what"), `cron`, `tz` and what it does. */
export interface Schedule extends ScheduledJob {
  handler: (deps: AppDeps) => Promise<void>;
}

/** Registers the modules' recurring jobs, and removes those no module declares any more. */
export async function registerSchedules(jobs: Jobs, schedules: Schedule[], deps: AppDeps): Promise<void> {
  const names = schedules.map((s) => s.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`Two modules declare the schedule ${twice}`);
  for (const schedule of schedules) await jobs.schedule(schedule, () => schedule.handler(deps));
  await jobs.unscheduleOthers(names);
}
