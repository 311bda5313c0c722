import type { PageContext } from "../../../../views/context.js";
import { Form } from "../../../../views/forms.js";
import { CommentField } from "../../../../views/History.js";

/** Asks before ending a membership: the one destructive step of the editors' pages. */
export function EndMembershipPage({
  ctx,
  title,
  body,
  action,
  cancel,
}: {
  ctx: PageContext;
  title: string;
  body: string;
  action: string;
  cancel: string;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p>{body}</p>
      <Form ctx={ctx} action={ctx.url(action)}>
        <CommentField ctx={ctx} />
        <button type="submit" class="danger">
          {ctx.t("manage.end.submit")}
        </button>{" "}
        <a class="button secondary" href={ctx.url(cancel)}>
          {ctx.t("manage.end.cancel")}
        </a>
      </Form>
    </>
  );
}
