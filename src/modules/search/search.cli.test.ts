import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabaseLocation,
  engines,
  runCli,
  type TestDatabaseLocation,
} from "../../../tests/harness.js";

describe.each(engines)("cityexchange search reindex on %s", (engine) => {
  let location: TestDatabaseLocation;
  beforeAll(async () => {
    location = await createTestDatabaseLocation(engine);
  });
  afterAll(() => location?.remove());

  it("rebuilds the documents of every module that has a search slot, and says how many", async () => {
    await runCli(location, "import", "places", "--limit", "20");
    const { code, stdout } = await runCli(location, "search", "reindex");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Indexed 20 place, 0 network, 0 organisation in \d+\.\d s\.$/m);
  }, 180_000);
});
