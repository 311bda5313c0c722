import { PGlite } from "@electric-sql/pglite";
import type { FastifyInstance } from "fastify";
import { queryCounter } from "../../src/db/client.js";

type Store = { queries: number; sqlMs?: number };

/**
 * Times every statement the embedded engine runs and adds the request's total as `x-sql-ms`.
 * Measured on single, unloaded requests it splits a page's time into database and the rest.
 */
export function timeSql(app: FastifyInstance): void {
  const original = PGlite.prototype.query;
  PGlite.prototype.query = async function (this: PGlite, ...args: Parameters<PGlite["query"]>) {
    const started = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      const store = queryCounter.getStore() as Store | undefined;
      if (store) store.sqlMs = (store.sqlMs ?? 0) + performance.now() - started;
    }
  } as PGlite["query"];
  app.addHook("onSend", async (_request, reply) => {
    const store = queryCounter.getStore() as Store | undefined;
    if (store) reply.header("x-sql-ms", (store.sqlMs ?? 0).toFixed(2));
  });
}
