import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../src/lib/http.js";
import { createAccount } from "../../src/modules/accounts/index.js";
import { drive } from "./measure.js";

/** Counts the answers of kept routes to signed-out visitors: from the cache or rendered. */
export function countCacheHits(app: FastifyInstance): { hits: number; misses: number } {
  const counts = { hits: 0, misses: 0 };
  app.addHook("onResponse", async (request, reply) => {
    if (!request.routeOptions.config.publicCache || reply.statusCode !== 200) return;
    if (reply.getHeader("x-cache") === "hit") counts.hits++;
    else counts.misses++;
  });
  return counts;
}

export interface MixResult {
  seconds: number;
  paths: string[];
  writes: number;
  requestsPerSecond: number;
  hits: number;
  misses: number;
  hitRate: number;
}

/**
 * Public pages read under load while someone signs in every second (a session written: a
 * private table), as a busy platform would see: the kept pages should stay kept.
 */
export async function writeHeavyMix(
  deps: AppDeps,
  counts: { hits: number; misses: number },
  base: string,
  paths: string[],
  seconds: number,
  connections: number,
): Promise<MixResult> {
  const user = await createAccount(deps, {
    email: `bench-${Date.now()}@example.org`,
    name: "Bench",
    password: "correct horse battery staple",
    isAdmin: false,
    confirmed: true,
  });
  if (!user) throw new Error("bench user not created");
  let writes = 0;
  const write = async () => {
    const id = randomBytes(16).toString("hex");
    // Through the application's database layer, as a sign-in writes it.
    await deps.database.db.execute(
      sql`insert into sessions (id, user_id, expires_at) values (${id}, ${user.id}, now() + interval '1 day')`,
    );
    writes++;
  };
  // Warm every page once, then start counting.
  for (const path of paths) await fetch(base + path).then((r) => r.arrayBuffer());
  counts.hits = 0;
  counts.misses = 0;
  const timer = setInterval(() => void write(), 1_000);
  try {
    const loads = await Promise.all(
      paths.map((path) => drive(base + path, seconds, Math.max(1, Math.round(connections / paths.length)))),
    );
    const total = counts.hits + counts.misses;
    return {
      seconds,
      paths,
      writes,
      requestsPerSecond: loads.reduce((sum, l) => sum + l.requestsPerSecond, 0),
      hits: counts.hits,
      misses: counts.misses,
      hitRate: total ? counts.hits / total : 0,
    };
  } finally {
    clearInterval(timer);
  }
}
