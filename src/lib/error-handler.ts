import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";
import { sendErrorPage } from "../views/page.js";
import { AppError, codeOfStatus, type ErrorCode, errorBody, httpStatus } from "./errors.js";
import { isApiRequest, signInAddress } from "./http.js";
import { defaultLocale, isLocale, type Locale, negotiateLocale, translator } from "./i18n/index.js";
import { describeIssues } from "./validation.js";

/** One place maps every failure to HTTP: JSON for the API, a translated page for people. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const allowed = isApiRequest(request) ? app.apiMethodsOf(request.url.split("?")[0]) : [];
    if (allowed.length === 0) return respond(request, reply, "not_found");
    reply.header("allow", allowed.join(", "));
    return respond(request, reply, "method_not_allowed");
  });

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
    // The framework's own refusals (a body too large or not JSON, a media type it cannot read...)
    // keep their status and take the same shape.
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return respond(request, reply, codeOfStatus(error.statusCode));
    }
    request.log.error({ err: error }, "request failed");
    return respond(request, reply, "internal");
  });
}

/**
 * Errors the router meets before any hook runs (a URL it cannot decode, a parameter past
 * `maxParamLength`): the same shape and language as every other error.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const prefix = /^\/(fr|es)(?=\/|\?|$)/.exec(request.raw.url ?? "")?.[1];
  const asked = new URLSearchParams((request.raw.url ?? "").split("?")[1] ?? "").get("lang");
  const locale: Locale =
    (prefix as Locale | undefined) ??
    (isLocale(asked) ? asked : (negotiateLocale(request.headers["accept-language"]) ?? defaultLocale));
  request.locale = locale;
  request.t = translator(locale);
  const code = codeOfStatus(error.statusCode ?? 400);
  const message = request.t(errorBody(code));
  if (isApiRequest(request)) {
    return reply.status(httpStatus(code)).send({ error: { code, message } });
  }
  return reply.status(httpStatus(code)).type("text/plain; charset=utf-8").send(message);
}

function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message?: string,
  fields?: Record<string, string>,
) {
  const status = httpStatus(code);
  const text = message && message !== code ? message : request.t(errorBody(code));
  if (isApiRequest(request)) {
    return reply.status(status).send({ error: { code, message: text, ...(fields ? { fields } : {}) } });
  }
  // A page a signed-out visitor may not see sends them to sign in, and back here after.
  if (code === "unauthenticated") return reply.redirect(signInAddress(request), 303);
  return sendErrorPage(request, reply, code, status, text);
}
