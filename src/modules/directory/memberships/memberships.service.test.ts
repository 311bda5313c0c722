import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../../tests/factories.js";
import { createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";
import type { AppError } from "../../../lib/errors.js";
import { translator } from "../../../lib/i18n/index.js";
import { listHistory } from "../../audit/index.js";
import { selectNetworkBySlug } from "../networks/networks.repo.js";
import { addMembership, changeMembership, endMembership } from "./memberships.service.js";

const t = translator("en");

describe.each(engines)("editing memberships on %s", (engine) => {
  let platform: TestPlatform;
  let actor: { id: number; name: string };
  const network = async () => (await selectNetworkBySlug(platform.database.db, "uclg"))!;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    actor = await createUser(platform.deps, { name: "Ana Editor" });
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uclg",
      acronym: "UCLG",
      name: { en: "United Cities and Local Governments" },
      sections: [{ slug: "africa", kind: "region", name: { en: "Africa" } }],
    });
    for (const [slug, name, country] of [
      ["durban", "Durban", "ZA"],
      ["izmir", "Izmir", "TR"],
      ["kutahya", "Kütahya", "TR"],
      ["almaty", "Almaty", "KZ"],
    ]) {
      await createPlace(db, { slug, name, country });
    }
  });
  afterAll(() => platform?.stop());

  it("two editors adding the same place at once get one membership and one clear conflict", async () => {
    const uclg = await network();
    const attempts = await Promise.allSettled([
      addMembership(platform.deps, { network: uclg, place: "durban", sinceYear: 2004, t, actor }),
      addMembership(platform.deps, { network: uclg, place: "durban", sinceYear: 2005, t, actor }),
    ]);
    const done = attempts.filter((a) => a.status === "fulfilled");
    const refused = attempts.filter((a) => a.status === "rejected");
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const error = (refused[0] as PromiseRejectedResult).reason as AppError;
    expect(error.code).toBe("conflict");
    expect(error.message).toBe("Durban is already a member of this network");
  });

  it("adding an ended member again restores it and keeps its since-year when none is given", async () => {
    const uclg = await network();
    const added = await addMembership(platform.deps, {
      network: uclg,
      place: "izmir",
      sinceYear: 2010,
      t,
      actor,
    });
    const ended = await endMembership(platform.deps, { network: uclg, id: added.id, t, actor });
    expect(ended.status).toBe("ended");
    expect(ended.endedAt).not.toBeNull();
    const back = await addMembership(platform.deps, { network: uclg, place: "izmir", t, actor });
    expect(back).toMatchObject({ id: added.id, status: "active", endedAt: null, sinceYear: 2010 });
  });

  it("refuses a section the network does not have, naming the field, and changes nothing", async () => {
    const uclg = await network();
    const member = await addMembership(platform.deps, {
      network: uclg,
      place: "kutahya",
      section: "africa",
      t,
      actor,
    });
    const attempt = changeMembership(platform.deps, {
      network: uclg,
      id: member.id,
      changes: { section: "music", sinceYear: 1999 },
      t,
      actor,
    });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid_input",
      fields: { section: "Choose one of the network’s sections for Section" },
    });
    const same = await changeMembership(platform.deps, {
      network: uclg,
      id: member.id,
      changes: {},
      t,
      actor,
    });
    expect(same).toMatchObject({ section: "africa", sinceYear: null });
  });

  it("refuses a place that does not exist", async () => {
    const attempt = addMembership(platform.deps, { network: await network(), place: "atlantis", t, actor });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid_input",
      fields: { place: "Choose a place from the search results for Place" },
    });
  });

  it("records who added, changed and ended a membership, with their comments, newest first", async () => {
    const uclg = await network();
    const added = await addMembership(platform.deps, {
      network: uclg,
      place: "almaty",
      sinceYear: 2012,
      t,
      actor,
      comment: "Joined at the Bogotá congress",
    });
    await changeMembership(platform.deps, {
      network: uclg,
      id: added.id,
      changes: { section: "africa", sinceYear: 2013 },
      t,
      actor,
    });
    await endMembership(platform.deps, { network: uclg, id: added.id, t, actor, comment: "Left in 2024" });
    const history = await listHistory({ db: platform.database.db, subject: `membership:${added.id}` });
    expect(history.map((h) => [h.action, h.actorName, h.comment])).toEqual([
      ["manage.audit.ended", "Ana Editor", "Left in 2024"],
      ["manage.audit.changed", "Ana Editor", null],
      ["manage.audit.added", "Ana Editor", "Joined at the Bogotá congress"],
    ]);
    expect(history[1].changes).toEqual([
      { field: "manage.field.section", from: null, to: "Africa" },
      { field: "manage.field.sinceYear", from: "2012", to: "2013" },
    ]);
    expect(history[0].changes).toEqual([
      {
        field: "manage.field.status",
        from: { key: "manage.status.active" },
        to: { key: "manage.status.ended" },
      },
    ]);
    const network_ = await listHistory({ db: platform.database.db, scope: `network:${uclg.id}` });
    expect(network_.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps no change whose record fails: the change and its record share one transaction", async () => {
    const uclg = await network();
    const { rows } = await platform.database.execute(
      "select m.id, m.since_year from memberships m join places p on p.id = m.place_id where p.slug = 'durban'",
    );
    const id = Number(rows[0].id);
    // An author who is not in the database: the audit record cannot be written.
    const ghost = { id: 2_000_000_000, name: "Nobody" };
    const attempt = changeMembership(platform.deps, {
      network: uclg,
      id,
      changes: { sinceYear: 2001 },
      t,
      actor: ghost,
    });
    await expect(attempt).rejects.toThrow();
    const after = await platform.database.execute("select since_year from memberships where id = $1", [id]);
    expect(after.rows[0].since_year).toBe(rows[0].since_year);
  });
});
