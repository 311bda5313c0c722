import type { Db } from "../../../db/client.js";
import { invalidInput, notFound } from "../../../lib/errors.js";
import { type AppDeps, localePath } from "../../../lib/http.js";
import { pickTranslation, type Translate, translate } from "../../../lib/i18n/index.js";
import { findPeople, findPersonByEmail, type Person } from "../../accounts/index.js";
import { queueMail } from "../../mail/index.js";
import { type NetworkRow, selectNetworkBySlug, selectRoleInNetwork } from "../networks/networks.repo.js";
import * as repo from "./editors.repo.js";
import { manageLabels } from "./memberships.schema.js";

/** An editor as the editors' page shows them. */
export interface EditorView {
  id: number;
  name: string;
  email: string;
}

type EditedNetwork = Pick<NetworkRow, "id" | "slug" | "name" | "originalLang">;

export async function listEditors({ db, networkId }: { db: Db; networkId: number }): Promise<EditorView[]> {
  const people = await findPeople({ db, ids: await repo.selectEditorIds(db, networkId) });
  return people.map((p) => ({ id: p.id, name: p.name, email: p.email }));
}

/** Tells a new editor, in their language, which network they now edit and where to start. */
async function mailNewEditor(deps: AppDeps, network: EditedNetwork, person: Person): Promise<void> {
  const { locale } = person;
  const params = {
    name: person.name,
    network: pickTranslation(network.name, locale, network.originalLang).text,
    site: translate(locale, "site.name"),
    link: `${deps.config.baseUrl}${localePath(locale, `/networks/${network.slug}/manage`)}`,
  };
  await queueMail(deps, {
    to: person.email,
    subject: translate(locale, "manage.mail.editor.subject", params),
    text: translate(locale, "manage.mail.editor.body", params),
  });
}

/** Makes the person an editor, whatever role they had; mails them when they were not one already. */
async function makeEditor(deps: AppDeps, network: EditedNetwork, person: Person): Promise<void> {
  const db = deps.database.db;
  const before = await selectRoleInNetwork(db, person.id, network.id);
  await repo.upsertEditor(db, network.id, person.id);
  if (before !== "editor") await mailNewEditor(deps, network, person);
}

/** Gives the account with this email the editor role; the account must already exist. */
export async function addEditor(
  deps: AppDeps,
  options: { network: EditedNetwork; email: string; t: Translate },
): Promise<void> {
  const { t } = options;
  const person = await findPersonByEmail({ db: deps.database.db, email: options.email });
  if (!person) {
    throw invalidInput({ email: t("manage.error.noAccount", { field: t(manageLabels.email) }) });
  }
  await makeEditor(deps, options.network, person);
}

/** Makes a person (by id) an editor of a network (by slug), as an admin does from the list of people. */
export async function giveEditorRole(deps: AppDeps, options: { network: string; userId: number }) {
  const db = deps.database.db;
  const [network, [person]] = await Promise.all([
    selectNetworkBySlug(db, options.network),
    findPeople({ db, ids: [options.userId] }),
  ]);
  if (!network || !person) throw notFound();
  await makeEditor(deps, network, person);
}

export async function removeEditor(deps: AppDeps, options: { networkId: number; userId: number }) {
  await repo.removeEditor(deps.database.db, options.networkId, options.userId);
}

/** A role someone holds in a network, as the admins' list of people shows it. */
export interface HeldRole {
  role: "editor" | "member";
  network: Pick<NetworkRow, "slug" | "name" | "originalLang">;
}

/** Who holds a role (any, without `role`) in a network (by slug) or in any; not found for an unknown slug. */
export async function listRoleHolders(
  deps: AppDeps,
  filter: { role?: "editor" | "member"; network?: string },
): Promise<number[]> {
  const db = deps.database.db;
  const network = filter.network ? await selectNetworkBySlug(db, filter.network) : undefined;
  if (filter.network && !network) throw notFound();
  return repo.selectRoleHolderIds(db, { role: filter.role, networkId: network?.id });
}

/** Each person's roles in networks, by person id. */
export async function listRolesOf(deps: AppDeps, people: number[]): Promise<Map<number, HeldRole[]>> {
  const byPerson = new Map<number, HeldRole[]>();
  for (const row of await repo.selectRolesOf(deps.database.db, people)) {
    byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), { role: row.role, network: row.network }]);
  }
  return byPerson;
}

/** Takes a person's editor role in a network (by slug), as an admin does from the list of people. */
export async function takeEditorRole(deps: AppDeps, options: { network: string; userId: number }) {
  const network = await selectNetworkBySlug(deps.database.db, options.network);
  if (!network) throw notFound();
  await repo.removeEditor(deps.database.db, network.id, options.userId);
}
