import type { ErrorCode } from "../lib/errors.js";
import { errorBody, errorTitle } from "../lib/errors.js";
import type { PageContext } from "./context.js";

export function ErrorPage({ ctx, code, message }: { ctx: PageContext; code: ErrorCode; message?: string }) {
  return (
    <>
      <h1>{ctx.t(errorTitle(code))}</h1>
      <p>{message ?? ctx.t(errorBody(code))}</p>
      <p>
        <a href={ctx.url("/")}>{ctx.t("error.backHome")}</a>
      </p>
    </>
  );
}
