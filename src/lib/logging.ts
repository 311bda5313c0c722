import type { FastifyRequest } from "fastify";
import type { DestinationStream, LoggerOptions } from "pino";

/** Link tokens and session ids: long random path segments. */
const TOKEN_SEGMENT = /\/[\w-]{32,}(?=[/?#]|$)/g;

/** A request's address for the log, with any emailed link's token taken out. */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_SEGMENT, "/[token]");
}

const KEPT = [
  "code",
  "statusCode",
  "severity",
  "routine",
  "constraint",
  "table",
  "column",
  "schema",
] as const;

/**
 * An error as the log keeps it. A failed statement's error carries its parameters (an email, a
 * password hash, a token's digest) in its message and fields: the log gets the statement and the
 * database's codes, never the values. A database message quoting a value has the quote blanked.
 */
export function serializeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const fields = err as unknown as Record<string, unknown>;
  const isFailedQuery = typeof fields.query === "string" && "params" in fields;
  const isDatabaseError = typeof fields.severity === "string" || typeof fields.routine === "string";
  const message = isFailedQuery
    ? `Failed query: ${fields.query}`
    : isDatabaseError
      ? err.message.replace(/"[^"]*"/g, '"…"')
      : err.message;
  const out: Record<string, unknown> = {
    type: err.name,
    message,
    stack: (err.stack ?? "")
      .split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .join("\n"),
  };
  for (const key of KEPT) {
    const value = fields[key];
    if (typeof value === "string" || typeof value === "number") out[key] = value;
  }
  if (err.cause !== undefined && depth < 3) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** The app's logger: the level configured, errors and requests stripped of secrets. */
export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): LoggerOptions & { stream?: DestinationStream } {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: { err: serializeError, error: serializeError, req: serializeRequest as never },
    // A second net: any of these, logged by mistake, is blanked.
    redact: {
      paths: [
        "*.password",
        "*.passwordHash",
        "*.password_hash",
        "*.token",
        "*.cookie",
        "*.authorization",
        "*.params",
      ],
      censor: "[redacted]",
    },
  };
}
