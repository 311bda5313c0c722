import { scryptSync } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "./accounts.crypto.js";

// The other tests hash at a lower cost (tests/setup.ts); this one checks the cost a server pays.
vi.unmock("node:crypto");

describe("a password's hash", () => {
  it("is scrypt at N=2^15, r=8, p=1 with a salt of its own, and checks only the right password", async () => {
    const password = "correct horse battery staple";
    const stored = await hashPassword(password);
    const [kind, n, r, p, salt, key] = stored.split("$");
    expect([kind, n, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    const derived = scryptSync(password, Buffer.from(salt, "base64"), 64, {
      N: 2 ** 15,
      r: 8,
      p: 1,
      maxmem: 64 * 1024 * 1024,
    });
    expect(derived.toString("base64")).toBe(key);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword(`${password}!`, stored)).toBe(false);
    expect(await hashPassword(password)).not.toBe(stored);
  });
});
