import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetwork, createPlace } from "../../../tests/factories-directory.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import type { AppError } from "../../lib/errors.js";
import { translator } from "../../lib/i18n/index.js";
import { addMembership, changeMembership, endMembership } from "./memberships.service.js";
import { selectNetworkBySlug } from "./networks.repo.js";

const t = translator("en");

describe.each(engines)("editing memberships on %s", (engine) => {
  let platform: TestPlatform;
  const network = async () => (await selectNetworkBySlug(platform.database.db, "uclg"))!;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
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
      addMembership(platform.deps, { network: uclg, place: "durban", sinceYear: 2004, t }),
      addMembership(platform.deps, { network: uclg, place: "durban", sinceYear: 2005, t }),
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
    const added = await addMembership(platform.deps, { network: uclg, place: "izmir", sinceYear: 2010, t });
    const ended = await endMembership(platform.deps, { network: uclg, id: added.id, t });
    expect(ended.status).toBe("ended");
    expect(ended.endedAt).not.toBeNull();
    const back = await addMembership(platform.deps, { network: uclg, place: "izmir", t });
    expect(back).toMatchObject({ id: added.id, status: "active", endedAt: null, sinceYear: 2010 });
  });

  it("refuses a section the network does not have, naming the field, and changes nothing", async () => {
    const uclg = await network();
    const member = await addMembership(platform.deps, {
      network: uclg,
      place: "kutahya",
      section: "africa",
      t,
    });
    const attempt = changeMembership(platform.deps, {
      network: uclg,
      id: member.id,
      changes: { section: "music", sinceYear: 1999 },
      t,
    });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid_input",
      fields: { section: "Choose one of the network’s sections for Section" },
    });
    const same = await changeMembership(platform.deps, { network: uclg, id: member.id, changes: {}, t });
    expect(same).toMatchObject({ section: "africa", sinceYear: null });
  });

  it("refuses a place that does not exist", async () => {
    const attempt = addMembership(platform.deps, { network: await network(), place: "atlantis", t });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid_input",
      fields: { place: "Choose a place from the search results for Place" },
    });
  });
});
