import { invalidInput } from "../../../lib/errors.js";
import type { AppDeps } from "../../../lib/http.js";
import type { Translate } from "../../../lib/i18n/index.js";
import { findPeople, findPersonByEmail } from "../../accounts/index.js";
import * as repo from "./editors.repo.js";
import { manageLabels } from "./memberships.schema.js";

/** An editor as the editors' page shows them. */
export interface EditorView {
  id: number;
  name: string;
  email: string;
}

export async function listEditors(deps: AppDeps, networkId: number): Promise<EditorView[]> {
  const db = deps.database.db;
  const people = await findPeople({ db, ids: await repo.selectEditorIds(db, networkId) });
  return people.map((p) => ({ id: p.id, name: p.name, email: p.email }));
}

/** Gives the account with this email the editor role; the account must already exist. */
export async function addEditor(
  deps: AppDeps,
  options: { networkId: number; email: string; t: Translate },
): Promise<void> {
  const { t } = options;
  const person = await findPersonByEmail({ db: deps.database.db, email: options.email });
  if (!person) {
    throw invalidInput({ email: t("manage.error.noAccount", { field: t(manageLabels.email) }) });
  }
  await repo.upsertEditor(deps.database.db, options.networkId, person.id);
}

export async function removeEditor(deps: AppDeps, options: { networkId: number; userId: number }) {
  await repo.removeEditor(deps.database.db, options.networkId, options.userId);
}
