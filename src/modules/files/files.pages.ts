import type { FastifyInstance } from "fastify";
import { notFound } from "../../lib/errors.js";
import type { AppDeps } from "../../lib/http.js";
import { contentTypeOf } from "../../lib/storage/index.js";

const keyPattern = /^[a-z0-9][a-z0-9_/-]*\.[a-z0-9]+$/;

/**
 * Stored files at /files/<key>. A key is never reused (each upload gets a new folder), so
 * browsers may keep a file for a year; the type comes from our own allow-list, never from the
 * upload, and browsers are told not to guess another.
 */
export function registerFileRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/files/*", { schema: { hide: true } }, async (request, reply) => {
    const key = (request.params as { "*": string })["*"];
    const type = keyPattern.test(key) && !key.includes("..") ? contentTypeOf(key) : null;
    if (!type) throw notFound();
    const found = await deps.storage.get(key);
    if (!found) throw notFound();
    return reply
      .type(type)
      .header("content-length", String(found.size))
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "public, max-age=31536000, immutable")
      .header("content-disposition", "inline")
      .send(found.body);
  });
}
