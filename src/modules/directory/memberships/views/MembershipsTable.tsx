import { formatDate } from "../../../../lib/i18n/index.js";
import { Translated } from "../../../../views/components.js";
import type { PageContext } from "../../../../views/context.js";
import { Country, PlaceName } from "../../views/names.js";
import type { ManagedMembership } from "../memberships.presenter.js";

/** Current and former members, each with a link to change or end it. */
export function MembershipsTable({
  ctx,
  network,
  memberships,
}: {
  ctx: PageContext;
  network: { slug: string };
  memberships: ManagedMembership[];
}) {
  const t = ctx.t;
  if (memberships.length === 0) return <p>{t("manage.list.empty")}</p>;
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("manage.col.place")}</th>
            <th scope="col">{t("manage.col.country")}</th>
            <th scope="col">{t("manage.col.section")}</th>
            <th scope="col">{t("manage.col.since")}</th>
            <th scope="col">{t("manage.col.status")}</th>
            <th scope="col">{t("manage.col.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <a href={ctx.url(`/places/${m.place.slug}`)}>
                  <PlaceName ctx={ctx} place={m.place} />
                </a>
              </th>
              <td>
                <Country ctx={ctx} code={m.place.country} />
              </td>
              <td>{m.section ? <Translated ctx={ctx} values={m.section.name} /> : ""}</td>
              <td>{m.sinceYear ?? ""}</td>
              <td>
                {m.status === "active"
                  ? t("manage.status.active")
                  : m.endedAt
                    ? t("manage.status.endedOn", { date: formatDate(ctx.locale, m.endedAt) })
                    : t("manage.status.ended")}
              </td>
              <td>
                <a href={ctx.url(`/networks/${network.slug}/manage/${m.id}`)}>
                  {t("manage.edit.action")}
                  <span class="visually-hidden">
                    {" "}
                    <PlaceName ctx={ctx} place={m.place} />
                  </span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
