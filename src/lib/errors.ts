export type ErrorCode =
  | "not_found"
  | "forbidden"
  | "unauthenticated"
  | "invalid_input"
  | "conflict"
  | "rate_limited"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  invalid_input: 422,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

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
