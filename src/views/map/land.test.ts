import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { landAsset } from "./land.js";

describe.each(engines)("the world map's land image on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine);
  });
  afterAll(() => platform?.stop());

  it("is served from one address, compressed and cached for a year", async () => {
    const res = await platform.app.inject({
      url: landAsset().url,
      headers: { "accept-encoding": "gzip" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("image/svg+xml");
    expect(res.headers["cache-control"]).toContain("max-age=31536000");
    expect(res.headers["cache-control"]).toContain("immutable");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.rawPayload.length).toBeLessThan(8_000);
  });
});
