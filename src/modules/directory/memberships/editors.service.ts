import { invalidInput } from "../../../lib/errors.js";
import type { AppDeps } from "../../../lib/http.js";
import type { Translate } from "../../../lib/i18n/index.js";
import * as repo from "./editors.repo.js";
import { manageLabels } from "./memberships.schema.js";

/** An editor as the editors' page shows them. */
export interface EditorView {
  id: number;
  name: string;
  email: string;
}

export async function listEditors(deps: AppDeps, networkId: number): Promise<EditorView[]> {
  const rows = await repo.selectEditors(deps.database.db, networkId);
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email }));
}

/** Gives the account with this email the editor role; the account must already exist. */
export async function addEditor(
  deps: AppDeps,
  options: { networkId: number; email: string; t: Translate },
): Promise<void> {
  const { t } = options;
  const userId = await repo.selectUserIdByEmail(deps.database.db, options.email);
  if (userId === undefined) {
    throw invalidInput({ email: t("manage.error.noAccount", { field: t(manageLabels.email) }) });
  }
  await repo.upsertEditor(deps.database.db, options.networkId, userId);
}

export async function removeEditor(deps: AppDeps, options: { networkId: number; userId: number }) {
  await repo.removeEditor(deps.database.db, options.networkId, options.userId);
}
