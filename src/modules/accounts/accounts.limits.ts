import type { FastifyInstance } from "fastify";
import { byAccount, byAddress, byEmail, type Limiter, limiter } from "../../lib/rate-limit.js";

/**
 * The accounts' rate limits. Each counts per address and per email or account: a change of address
 * does not get round the email's counter, and one client cannot mail any number of addresses.
 * They run after the CSRF check, so forged posts do not count.
 */
export function accountLimits(app: FastifyInstance) {
  const perAccount = (max: number): Limiter =>
    limiter(app, [
      { name: "address", max, minutes: 15, key: byAddress },
      { name: "account", max, minutes: 15, key: byAccount },
    ]);
  return {
    // Failed attempts only: an office behind one address signs in all day long.
    signIn: limiter(
      app,
      [
        { name: "address", max: 20, minutes: 15, key: byAddress },
        { name: "email", max: 10, minutes: 15, key: byEmail },
      ],
      { failuresOnly: true },
    ),
    signUp: limiter(app, [
      { name: "address", max: 20, minutes: 60, key: byAddress },
      { name: "email", max: 3, minutes: 60, key: byEmail },
    ]),
    reset: limiter(app, [
      { name: "address", max: 10, minutes: 15, key: byAddress },
      { name: "email", max: 3, minutes: 15, key: byEmail },
    ]),
    /** A new counter for a route of the signed-in person's settings. */
    perAccount,
  };
}
