import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetwork, createPlace } from "../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { directoryModule } from "../modules/directory/index.js";
import { modules } from "../modules/index.js";
import type { Module } from "./module.js";
import { registerSchedules } from "./schedules.js";

const runs: string[] = [];

/** A module of its own for the test: a morning job in Tokyo. */
const probeModule: Module = {
  name: "probe",
  schedules: [
    {
      name: "probe.tokyo-morning",
      cron: "0 9 * * *",
      tz: "Asia/Tokyo",
      handler: async (deps) => {
        runs.push(`ran on ${deps.database.engine}`);
      },
    },
  ],
};

async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return check();
}

describe.each(engines)("recurring jobs declared by modules, on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { modules: [...modules, probeModule] });
  });
  afterAll(() => platform?.stop());

  it("registers each module's recurring job with its cron and its time zone", async () => {
    const registered = await platform.deps.jobs.schedules();
    expect(registered).toContainEqual({ name: "probe.tokyo-morning", cron: "0 9 * * *", tz: "Asia/Tokyo" });
    expect(registered).toContainEqual({
      name: "directory.expired-invitations",
      cron: "30 3 * * *",
      tz: "UTC",
    });
  });

  it("runs the job's handler when the queue delivers it", async () => {
    runs.length = 0;
    // What the queue's timekeeper sends at 09:00 in Tokyo: a job on the schedule's own queue.
    await platform.deps.jobs.send("probe.tokyo-morning", {});
    expect(await until(() => runs.length > 0)).toBe(true);
    expect(runs).toEqual([`ran on ${engine}`]);
  });

  it("removes the schedules no module declares any more", async () => {
    const { jobs } = platform.deps;
    await jobs.schedule({ name: "probe.gone", cron: "0 0 * * *", tz: "UTC" }, async () => {});
    const declared = [...modules, probeModule].flatMap((m) => m.schedules ?? []);
    await registerSchedules(jobs, declared, platform.deps);
    const names = (await jobs.schedules()).map((s) => s.name).sort();
    expect(names).toEqual(declared.map((s) => s.name).sort());
  });

  it("refuses to start with a time zone that does not exist, naming the schedule", async () => {
    const mars: Module = {
      name: "mars",
      schedules: [{ name: "mars.dawn", cron: "0 6 * * *", tz: "Mars/Olympus_Mons", handler: async () => {} }],
    };
    await expect(createTestPlatform(engine, {}, { modules: [...modules, mars] })).rejects.toThrow(
      /mars\.dawn.*Mars\/Olympus_Mons/,
    );
  });

  it("has the directory forget invitations left unaccepted a month past their expiry, and only those", async () => {
    const db = platform.database.db;
    await createNetwork(db, { slug: "uccn", acronym: "UCCN", name: { en: "Creative Cities" } });
    await createPlace(db, { slug: "dakar", name: "Dakar", country: "SN" });
    const invite = (token: string, expired: string, accepted: boolean) =>
      platform.database.execute(
        `insert into invitations (token_hash, email, network_id, place_id, expires_at, accepted_at)
         select $1, $1 || '@dakar.sn', n.id, p.id, now() - $2::interval, ${accepted ? "now()" : "null"}
         from networks n, places p where n.slug = 'uccn' and p.slug = 'dakar'`,
        [token, expired],
      );
    await invite("long-expired", "40 days", false);
    await invite("lately-expired", "3 days", false);
    await invite("accepted-long-ago", "90 days", true);
    const schedule = directoryModule.schedules?.find((s) => s.name === "directory.expired-invitations");
    await schedule?.handler(platform.deps);
    const { rows } = await platform.database.execute(
      "select token_hash from invitations order by token_hash",
    );
    expect(rows.map((r) => r.token_hash)).toEqual(["accepted-long-ago", "lately-expired"]);
  });
});
