import { pickTranslation } from "../../../lib/i18n/index.js";
import type { PageContext } from "../../../views/context.js";
import { Form, SelectField, TextField } from "../../../views/forms.js";
import type { NetworkView } from "../../directory/index.js";
import {
  listedRoles,
  type PeopleFilter,
  peopleNoticeLabel,
  roleFilterLabel,
  roleLabel,
} from "../people.schema.js";
import type { PersonRow } from "../people.service.js";

const networkName = (ctx: PageContext, network: Pick<NetworkView, "name" | "originalLang">) =>
  pickTranslation(network.name, ctx.locale, network.originalLang).text;

/** The list's filters as a query string, for links and for coming back after a change. */
function queryOf(filter: PeopleFilter, after?: number): string {
  const query = new URLSearchParams();
  if (filter.q) query.set("q", filter.q);
  if (filter.role) query.set("role", filter.role);
  if (filter.network) query.set("network", filter.network);
  if (after) query.set("after", String(after));
  return query.toString();
}

export function PeoplePage(props: {
  ctx: PageContext;
  filter: PeopleFilter;
  people: PersonRow[];
  next?: number;
  networks: NetworkView[];
}) {
  const { ctx, filter, people, networks } = props;
  const t = ctx.t;
  const back = queryOf(filter, filter.after);
  return (
    <>
      {filter.notice && (
        <p class="notice" role="status" tabIndex={-1} data-autofocus>
          {t(peopleNoticeLabel(filter.notice))}
        </p>
      )}
      <h1>{t("admin.people.title")}</h1>
      <form method="get" action={ctx.url("/admin/people")} class="filters">
        <TextField
          ctx={ctx}
          name="q"
          type="search"
          label={t("admin.people.q")}
          value={filter.q}
          maxLength={200}
        />
        <SelectField
          ctx={ctx}
          name="role"
          label={t("admin.people.role")}
          value={filter.role}
          blank={t("admin.people.anyRole")}
          options={listedRoles.map((r) => ({
            value: r,
            label: t(roleFilterLabel(r)),
          }))}
        />
        <SelectField
          ctx={ctx}
          name="network"
          label={t("admin.people.network")}
          value={filter.network}
          blank={t("admin.people.anyNetwork")}
          options={networks.map((n) => ({ value: n.slug, label: networkName(ctx, n) }))}
        />
        <button type="submit" class="secondary">
          {t("admin.people.filter")}
        </button>
      </form>
      {people.length === 0 ? (
        <p>{t("admin.people.none")}</p>
      ) : (
        <ul class="people-list">
          {people.map((person) => (
            <PersonItem key={person.id} ctx={ctx} person={person} networks={networks} back={back} />
          ))}
        </ul>
      )}
      <nav aria-label={t("admin.people.pages")}>
        <ul class="pager">
          {filter.after && (
            <li>
              <a href={ctx.url(`/admin/people?${queryOf(filter)}`)}>{t("admin.people.first")}</a>
            </li>
          )}
          {props.next && (
            <li>
              <a href={ctx.url(`/admin/people?${queryOf(filter, props.next)}`)} rel="next">
                {t("admin.people.next")}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}

function PersonItem(props: { ctx: PageContext; person: PersonRow; networks: NetworkView[]; back: string }) {
  const { ctx, person, networks, back } = props;
  const t = ctx.t;
  const nameId = `person-${person.id}`;
  const action = (verb: "give" | "take") => ctx.url(`/admin/people/${person.id}/${verb}`);
  const edited = new Set(person.roles.filter((r) => r.role === "editor").map((r) => r.network.slug));
  const editable = networks.filter((n) => !edited.has(n.slug));
  return (
    <li class="person-item">
      <h2 id={nameId} class="person-name">
        {person.name}
      </h2>
      <p class="muted">{person.email}</p>
      <ul class="roles">
        {person.isAdmin && (
          <li>
            {t(roleLabel("admin"))}{" "}
            <Form ctx={ctx} action={action("take")} class="inline-form">
              <input type="hidden" name="role" value="admin" />
              <input type="hidden" name="back" value={back} />
              <button type="submit" class="link-button" aria-describedby={nameId}>
                {t("admin.people.removeAdmin")}
              </button>
            </Form>
          </li>
        )}
        {person.roles.map((r) => (
          <li key={r.network.slug} id={`${nameId}-${r.network.slug}`}>
            {t(roleLabel(r.role))} – {networkName(ctx, r.network)}
            {r.role === "editor" && (
              <>
                {" "}
                <Form ctx={ctx} action={action("take")} class="inline-form">
                  <input type="hidden" name="role" value="editor" />
                  <input type="hidden" name="network" value={r.network.slug} />
                  <input type="hidden" name="back" value={back} />
                  <button
                    type="submit"
                    class="link-button"
                    aria-describedby={`${nameId} ${nameId}-${r.network.slug}`}
                  >
                    {t("admin.people.removeEditor")}
                  </button>
                </Form>
              </>
            )}
          </li>
        ))}
      </ul>
      <div class="role-actions">
        {!person.isAdmin && (
          <Form ctx={ctx} action={action("give")} class="inline-form">
            <input type="hidden" name="role" value="admin" />
            <input type="hidden" name="back" value={back} />
            <button type="submit" class="secondary" aria-describedby={nameId}>
              {t("admin.people.makeAdmin")}
            </button>
          </Form>
        )}
        {editable.length > 0 && (
          <Form ctx={ctx} action={action("give")} class="inline-form">
            <input type="hidden" name="role" value="editor" />
            <input type="hidden" name="back" value={back} />
            <label for={`${nameId}-network`}>{t("admin.people.editorOf")}</label>{" "}
            <select id={`${nameId}-network`} name="network" aria-describedby={nameId}>
              {editable.map((n) => (
                <option key={n.slug} value={n.slug}>
                  {networkName(ctx, n)}
                </option>
              ))}
            </select>{" "}
            <button type="submit" class="secondary" aria-describedby={nameId}>
              {t("admin.people.makeEditor")}
            </button>
          </Form>
        )}
      </div>
    </li>
  );
}
