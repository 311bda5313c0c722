import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "./errors.js";

/** At most `max` attempts in `minutes` for each value of `key`; a request without a value is not counted. */
export interface Limit {
  name: string;
  max: number;
  minutes: number;
  key: (request: FastifyRequest) => string | undefined;
}

export interface Limiter {
  /** A preHandler: refuses with 429 once any counter of the request is spent. */
  check(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Counts one attempt on every counter (for limiters that count failures only). */
  count(request: FastifyRequest): Promise<void>;
}

/**
 * Several counters on one route, all of which must allow a request: one per address and one per
 * account or email, so that neither changing address nor changing email gets round them.
 * `failuresOnly`: `check` only reads; the handler calls `count` when the attempt failed, so a busy
 * office behind one address is not locked out by its colleagues' successful sign-ins.
 */
export function limiter(
  app: FastifyInstance,
  limits: Limit[],
  options: { failuresOnly?: boolean } = {},
): Limiter {
  const counters = limits.map((limit) => ({
    key: limit.key,
    take: app.createRateLimit({
      max: limit.max,
      timeWindow: limit.minutes * 60_000,
      keyGenerator: (request) => limit.key(request) ?? "",
    }),
  }));
  const each = async (request: FastifyRequest, increment: boolean) => {
    let wait = 0;
    for (const counter of counters) {
      if (counter.key(request) === undefined) continue;
      const state = await counter.take(request, { increment });
      if (state.isAllowed) continue;
      const spent = increment ? state.isExceeded : state.remaining === 0;
      if (spent) wait = Math.max(wait, state.ttlInSeconds);
    }
    return wait;
  };
  return {
    async check(request, reply) {
      const wait = await each(request, !options.failuresOnly);
      if (wait > 0) {
        reply.header("retry-after", String(wait));
        throw new AppError("rate_limited");
      }
    },
    async count(request) {
      await each(request, true);
    },
  };
}

/** The client's address, as far as the configured proxies let us know it. */
export const byAddress = (request: FastifyRequest) => request.ip;

/** The email typed in the form, normalised as accounts store it. */
export function byEmail(request: FastifyRequest): string | undefined {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() ? email.trim().toLowerCase().slice(0, 254) : undefined;
}

/** The signed-in account. */
export const byAccount = (request: FastifyRequest) => (request.user ? String(request.user.id) : undefined);
