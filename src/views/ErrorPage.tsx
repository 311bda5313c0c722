import type { ErrorCode } from "../lib/errors.js";
import type { PageContext } from "./context.js";

export function ErrorPage({ ctx, code, message }: { ctx: PageContext; code: ErrorCode; message?: string }) {
  return (
    <>
      <h1>{ctx.t(`error.${code}.title`)}</h1>
      <p>{message ?? ctx.t(`error.${code}.body`)}</p>
      <p>
        <a href={ctx.url("/")}>{ctx.t("error.backHome")}</a>
      </p>
    </>
  );
}
