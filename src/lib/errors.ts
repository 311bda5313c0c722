import { messageKeys } from "./i18n/keys.js";

export type ErrorCode =
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "internal"
  | "bad_request"
  | "method_not_allowed"
  | "payload_too_large"
  | "uri_too_long"
  | "unsupported_media_type";

const statusOf: Record<ErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 422,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  bad_request: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
};

/** Every code, for the API's error schema. */
export const errorCodes = Object.keys(statusOf) as ErrorCode[];
/** The title and the explanation of an error page, per code. */
export const errorTitle = messageKeys("error", errorCodes, ".title");
export const errorBody = messageKeys("error", errorCodes, ".body");

/** The code of a status the framework answers with (a body it could not parse, a URL too long...). */
export function codeOfStatus(status: number): ErrorCode {
  const found = errorCodes.find((code) => statusOf[code] === status);
  return found ?? (status >= 500 ? "internal" : "bad_request");
}

/** A failure the user can understand. `fields` maps a field name to its translated message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? code);
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return statusOf[this.code];
  }
}

export const notFound = (message?: string) => new AppError("not_found", message);
export const forbidden = (message?: string) => new AppError("forbidden", message);
export const unauthenticated = () => new AppError("unauthenticated");
export const conflict = (message?: string, fields?: Record<string, string>) =>
  new AppError("conflict", message, fields);
export const invalidInput = (fields: Record<string, string>, message?: string) =>
  new AppError("invalid_input", message, fields);

export function httpStatus(code: ErrorCode): number {
  return statusOf[code];
}
