import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabaseLocation,
  engines,
  runCli,
  type TestDatabaseLocation,
} from "../../../../../tests/harness.js";

const dir = mkdtempSync(join(tmpdir(), "cityexchange-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(engines)("cityexchange import places on %s", (engine) => {
  let location: TestDatabaseLocation;
  beforeAll(async () => {
    location = await createTestDatabaseLocation(engine);
  });
  afterAll(() => location.remove());
  const cli = (...args: string[]) => runCli(location, ...args);

  it("imports the largest GeoNames cities with progress lines and the credit, then nothing new", async () => {
    const first = await cli("import", "places", "--limit", "50");
    expect(first.stdout).toContain("places: 50/50");
    expect(first.stdout).toMatch(/50 new, 0 updated, 0 unchanged, 0 skipped in \d+\.\d s\./);
    expect(first.stdout).toContain("GeoNames (https://www.geonames.org), licensed under CC BY 4.0");
    const second = await cli("import", "places", "--limit", "50");
    expect(second.stdout).toMatch(/0 new, 0 updated, 50 unchanged/);
  }, 120_000);

  it("names the bad lines of a CSV file, imports the rest and exits with status 1", async () => {
    const csv = join(dir, `places-${engine}.csv`);
    writeFileSync(csv, "name,country,latitude,longitude\nDurban,ZA,-29.86,31.03\nAtlantis,ZZ,0,0\n");
    const result = await cli("import", "places", "--csv", csv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("line 3: country: must be an ISO 3166-1 alpha-2 country code");
    expect(result.stdout).toMatch(/1 new, 0 updated, 0 unchanged, 1 skipped/);
    expect(result.stdout).not.toContain("GeoNames");
  }, 120_000);

  it("refuses a limit that is not a whole number", async () => {
    const result = await cli("import", "places", "--limit", "many");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--limit must be a whole number above 0");
  }, 60_000);
});
