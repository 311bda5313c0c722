import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";
import { sendErrorPage } from "../views/page.js";
import { AppError, type ErrorCode, httpStatus } from "./errors.js";
import { isApiRequest } from "./http.js";
import { describeIssues } from "./validation.js";

/** One place maps every failure to HTTP: JSON for the API, a translated page for people. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => respond(request, reply, "not_found"));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return respond(request, reply, error.code, error.message, error.fields);
    if (hasZodFastifySchemaValidationErrors(error)) {
      // The provider keeps each zod issue's details in `params` and its path in `instancePath`.
      const issues = error.validation.map(
        (v) =>
          ({
            ...v.params,
            code: v.keyword,
            message: v.message,
            path: v.instancePath.split("/").filter(Boolean),
          }) as unknown as z.core.$ZodIssue,
      );
      const fields = describeIssues(issues, request.t);
      return respond(request, reply, "invalid_input", request.t("error.invalid_input.body"), fields);
    }
    if (error.code?.startsWith("FST_CSRF")) {
      return respond(request, reply, "forbidden", request.t("error.csrf"));
    }
    if (error.statusCode === 429) return respond(request, reply, "rate_limited");
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code: ErrorCode = error.statusCode === 404 ? "not_found" : "invalid_input";
      return respond(request, reply, code, request.t(`error.${code}.body`));
    }
    request.log.error({ err: error }, "request failed");
    return respond(request, reply, "internal");
  });
}

function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message?: string,
  fields?: Record<string, string>,
) {
  const status = httpStatus(code);
  const text = message && message !== code ? message : request.t(`error.${code}.body`);
  if (isApiRequest(request)) {
    return reply.status(status).send({ error: { code, message: text, ...(fields ? { fields } : {}) } });
  }
  return sendErrorPage(request, reply, code, status, text);
}
