import { formatDate } from "../../../lib/i18n/index.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { Pagination } from "../../../views/components.js";
import type { PageContext } from "../../../views/context.js";
import { type OutboxEntry, outboxStatuses } from "../../mail/index.js";

const statusLabel = messageKeys("admin.status", outboxStatuses);

const when = (ctx: PageContext, date: Date) =>
  formatDate(ctx.locale, date, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function AdminHome({ ctx }: { ctx: PageContext }) {
  return (
    <>
      <h1>{ctx.t("admin.title")}</h1>
      <ul>
        <li>
          <a href={ctx.url("/admin/people")}>{ctx.t("admin.people.link")}</a>
        </li>
        <li>
          <a href={ctx.url("/admin/outbox")}>{ctx.t("admin.outbox.link")}</a>
        </li>
      </ul>
    </>
  );
}

export function OutboxList(props: {
  ctx: PageContext;
  entries: OutboxEntry[];
  page: number;
  pages: number;
  total: number;
}) {
  const { ctx, entries } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t("admin.outbox.title")}</h1>
      <p>{t("admin.outbox.lead")}</p>
      {entries.length === 0 ? (
        <p>{t("admin.outbox.empty")}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.outbox.created")}</th>
                <th scope="col">{t("admin.outbox.to")}</th>
                <th scope="col">{t("admin.outbox.subject")}</th>
                <th scope="col">{t("admin.outbox.status")}</th>
                <th scope="col">{t("admin.outbox.attempts")}</th>
                <th scope="col">{t("admin.outbox.lastError")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{when(ctx, e.createdAt)}</td>
                  <td>{e.to}</td>
                  <td>
                    <a href={ctx.url(`/admin/outbox/${e.id}`)}>{e.subject}</a>
                  </td>
                  <td>{t(statusLabel(e.status))}</td>
                  <td>{e.attempts}</td>
                  <td>{e.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        ctx={ctx}
        page={props.page}
        pages={props.pages}
        total={props.total}
        href={(p) => ctx.url(`/admin/outbox?page=${p}`)}
      />
    </>
  );
}

export function OutboxMessage({ ctx, entry }: { ctx: PageContext; entry: OutboxEntry }) {
  const { t } = ctx;
  return (
    <>
      <h1>{entry.subject}</h1>
      <dl>
        <dt>{t("admin.outbox.to")}</dt>
        <dd>{entry.to}</dd>
        <dt>{t("admin.outbox.status")}</dt>
        <dd>{t(statusLabel(entry.status))}</dd>
        <dt>{t("admin.outbox.attempts")}</dt>
        <dd>{entry.attempts}</dd>
        {entry.lastError && (
          <>
            <dt>{t("admin.outbox.lastError")}</dt>
            <dd>{entry.lastError}</dd>
          </>
        )}
      </dl>
      <pre class="mail-body">{entry.text}</pre>
      <p>
        <a href={ctx.url("/admin/outbox")}>{t("admin.outbox.back")}</a>
      </p>
    </>
  );
}
