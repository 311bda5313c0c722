import { vi } from "vitest";

/**
 * Passwords are hashed at the cost a server should pay (scrypt at N=2^15: 32 MiB and tens of
 * milliseconds of a core each), which made the accounts' tests spend most of their time hashing.
 * In the tests, those calls run at N=2^10. A hash still records N=2^15 and is checked through the
 * same call, so signing up, in and out, and every refusal behave as in production; but a hash made
 * by another process (the `cityexchange` command) does not check in here. The real cost is held by
 * src/modules/accounts/accounts.crypto.test.ts, which does without this.
 */
vi.mock("node:crypto", async (importOriginal) => {
  const crypto = await importOriginal<typeof import("node:crypto")>();
  const scrypt = ((...args: unknown[]) => {
    const options = args[3];
    if (typeof options === "object" && options !== null && (options as { N?: number }).N === 2 ** 15) {
      args[3] = { ...options, N: 2 ** 10 };
    }
    return (crypto.scrypt as (...a: unknown[]) => void)(...args);
  }) as typeof crypto.scrypt;
  return { ...crypto, scrypt, default: { ...crypto, scrypt } };
});
