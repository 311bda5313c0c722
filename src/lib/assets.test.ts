import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAssets } from "./assets.js";

const dir = mkdtempSync(join(tmpdir(), "cx-assets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the client assets", () => {
  it("are bundled once and kept, and a later start serves the kept bundles without bundling again", async () => {
    const cache = join(dir, "assets.json");
    const built = await loadAssets(cache);
    expect(built.css.body).toContain("body");
    expect(JSON.parse(readFileSync(cache, "utf8"))).toEqual({ css: built.css.body, js: built.js.body });

    // Had it bundled again, it would serve the sources' stylesheet, not this one.
    writeFileSync(cache, JSON.stringify({ css: "main{color:red}", js: "void 0" }));
    const later = await loadAssets(cache);
    expect(later.css.body).toBe("main{color:red}");
    expect(later.css.url).toMatch(/^\/assets\/app\.[0-9a-f]{10}\.css$/);
    expect(later.css.url).not.toBe(built.css.url);
  });
});
