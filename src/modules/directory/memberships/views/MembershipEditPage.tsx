import type { FieldErrors } from "../../../../lib/validation.js";
import type { PageContext } from "../../../../views/context.js";
import { ErrorSummary, Form, SelectField, TextField } from "../../../../views/forms.js";
import { CommentField, History, type HistoryEntry } from "../../../../views/History.js";
import { placeNames } from "../../directory.names.js";
import type { ManagedMembership, ManagedNetwork } from "../memberships.presenter.js";
import { membershipStatuses, membershipStatusLabel } from "../memberships.schema.js";
import { ManageHeader } from "./ManageHeader.js";
import { SectionSelect, SinceYearField } from "./MembershipsPage.js";

export interface MembershipEditProps {
  network: ManagedNetwork;
  membership: ManagedMembership;
  title: string;
  notice?: string;
  edit: { values?: Record<string, string>; errors?: FieldErrors };
  invite: { values?: Record<string, string>; errors?: FieldErrors };
  history: HistoryEntry[];
}

/** Section, since-year and status of one membership; ending it; inviting the place's focal point. */
export function MembershipEditPage({ ctx, ...props }: MembershipEditProps & { ctx: PageContext }) {
  const { network, membership, edit, invite } = props;
  const t = ctx.t;
  const base = `/networks/${network.slug}/manage/${membership.id}`;
  const values = edit.values ?? {
    section: membership.section?.slug ?? "",
    sinceYear: membership.sinceYear === null ? "" : String(membership.sinceYear),
    status: membership.status,
  };
  return (
    <>
      <ManageHeader ctx={ctx} network={network} title={props.title} current="members" notice={props.notice} />
      <ErrorSummary ctx={ctx} errors={{ ...edit.errors, ...invite.errors }} />
      <Form ctx={ctx} action={ctx.url(base)}>
        <SectionSelect ctx={ctx} network={network} value={values.section} errors={edit.errors} />
        <SinceYearField ctx={ctx} value={values.sinceYear} errors={edit.errors} />
        <SelectField
          ctx={ctx}
          name="status"
          label={t("manage.field.status")}
          value={values.status}
          errors={edit.errors}
          options={membershipStatuses.map((s) => ({ value: s, label: t(membershipStatusLabel(s)) }))}
        />
        <CommentField ctx={ctx} value={edit.values?.comment} errors={edit.errors} />
        <button type="submit">{t("manage.edit.submit")}</button>
      </Form>
      {membership.status === "active" && (
        <>
          <p>
            <a href={ctx.url(`${base}/end`)}>{t("manage.end.link")}</a>
          </p>
          <section aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t("manage.invite.heading")}</h2>
            <Form ctx={ctx} action={ctx.url(`${base}/invite`)}>
              <TextField
                ctx={ctx}
                name="email"
                type="email"
                autocomplete="off"
                label={t("manage.field.email")}
                hint={t("manage.invite.hint", placeNames(ctx.locale, membership.place))}
                value={invite.values?.email}
                errors={invite.errors}
                maxLength={254}
              />
              <button type="submit">{t("manage.invite.submit")}</button>
            </Form>
          </section>
        </>
      )}
      <History ctx={ctx} entries={props.history} />
    </>
  );
}
