import { describe, expect, it } from "vitest";
import { sameSiteTarget } from "./redirect.js";

const base = "http://localhost:3000";

/** Known ways round a naive "starts with one slash" check, and their encoded variants. */
const bypasses = [
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "https:evil.example",
  "http:evil.example",
  "http:/evil.example",
  "https://evil.example",
  "HTTPS://evil.example/",
  "http://localhost:3000@evil.example",
  "//localhost:3000@evil.example",
  "http://evil.example\\@localhost:3000",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/%09/evil.example",
  "/%5C/evil.example",
  "/%2F/evil.example",
  "%2F%2Fevil.example",
  "/%2e/%2e//evil.example",
  "\u3002evil.example",
  "//evil%E3%80%82example",
  "http://[::1]/",
];

describe("redirect targets", () => {
  it.each(bypasses)("never leads a browser off the site: %j", (target) => {
    const result = sameSiteTarget(target, base);
    if (result === undefined) return;
    // What is kept is a plain path that a browser resolves to this very origin.
    expect(result).toMatch(/^\/(?![/\\])/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
    expect(result).not.toMatch(/[\u0000-\u001f\u007f\\]/);
    expect(new URL(result, "https://other.example").origin).toBe("https://other.example");
    expect(new URL(result, base).origin).toBe(base);
  });

  it("refuses the known off-site forms outright", () => {
    for (const target of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "https:evil.example",
      "javascript:alert(1)",
      "/.//evil.example",
    ])
      expect(sameSiteTarget(target, base)).toBeUndefined();
  });

  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameSiteTarget("/fr/directory?page=2#list", base)).toBe("/fr/directory?page=2#list");
    expect(sameSiteTarget("http://localhost:3000/account", base)).toBe("/account");
    expect(sameSiteTarget("/%09/evil.example", base)).toBe("/%09/evil.example");
  });

  it("refuses what is not a string or is too long", () => {
    expect(sameSiteTarget(["/a"], base)).toBeUndefined();
    expect(sameSiteTarget(`/${"a".repeat(2000)}`, base)).toBeUndefined();
  });
});
