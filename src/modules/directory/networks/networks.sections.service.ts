import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import { conflict, notFound } from "../../../lib/errors.js";
import type { AppDeps, CurrentUser } from "../../../lib/http.js";
import type { Translate } from "../../../lib/i18n/index.js";
import { type AuditValue, diffFields, recordChange } from "../../audit/index.js";
import type { NetworkRow, SectionRow } from "./networks.repo.js";
import * as repo from "./networks.sections.repo.js";
import { type SectionForm, sectionLabels, sectionSlug } from "./networks.sections.schema.js";

type Author = { actor: Pick<CurrentUser, "id" | "name">; comment?: string | null; t: Translate };
const langs = ["en", "fr", "es"] as const;
const cap = (lang: string) => lang[0].toUpperCase() + lang.slice(1);

function valuesOf(form: SectionForm) {
  const name: Translations = {};
  for (const lang of langs) {
    const value = form[`name${cap(lang)}` as "nameEn" | "nameFr" | "nameEs"];
    if (value) name[lang] = value;
  }
  return { slug: sectionSlug(form.nameEn), kind: form.kind, name };
}

/** The fields of a section as the network's history shows them. */
function audited(row: Pick<SectionRow, "name" | "kind"> | null) {
  const lines: { field: string; value: AuditValue }[] = langs.map((lang) => ({
    field: sectionLabels[`name${cap(lang)}`],
    value: row?.name[lang] ?? null,
  }));
  lines.push({ field: sectionLabels.kind, value: row ? { key: `sections.kind.${row.kind}` } : null });
  return lines;
}

function changesBetween(before: SectionRow | null, after: SectionRow | null) {
  const a = audited(before);
  const b = audited(after);
  return diffFields(a.map((line, i) => ({ field: line.field, from: line.value, to: b[i].value })));
}

function taken(t: Translate) {
  const message = t("sections.error.taken", { field: t(sectionLabels.nameEn) });
  return conflict(message, { nameEn: message });
}

/** A network's sections, each with how many members it has. */
export function listSectionsWithUse({ db, networkId }: { db: Db; networkId: number }) {
  return repo.selectSectionsWithUse(db, networkId);
}

export async function findSection({
  db,
  networkId,
  id,
}: {
  db: Db;
  networkId: number;
  id: number;
}): Promise<SectionRow> {
  const row = await repo.selectSection(db, networkId, id);
  if (!row) throw notFound();
  return row;
}

/** An editor adds a section; a name giving the address name of another section is refused. */
export async function addSection(
  deps: AppDeps,
  options: { network: NetworkRow; form: SectionForm } & Author,
): Promise<SectionRow> {
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.insertSectionIfNew(tx, options.network.id, valuesOf(options.form));
    if (!row) throw taken(options.t);
    await recordChange(tx, {
      actor: options.actor,
      action: "sections.audit.added",
      subject: `section:${row.id}`,
      scope: `network:${options.network.id}`,
      changes: changesBetween(null, row),
      comment: options.comment,
    });
    return row;
  });
}

/** An editor renames a section (its address name follows the English name). */
export async function renameSection(
  deps: AppDeps,
  options: { network: NetworkRow; id: number; form: SectionForm } & Author,
): Promise<SectionRow> {
  return deps.database.db.transaction(async (tx) => {
    const before = await repo.selectSectionForUpdate(tx, options.network.id, options.id);
    if (!before) throw notFound();
    const row = await repo.updateSectionIfFree(tx, before.id, valuesOf(options.form));
    if (!row) throw taken(options.t);
    const changes = changesBetween(before, row);
    if (changes.length > 0 || options.comment) {
      await recordChange(tx, {
        actor: options.actor,
        action: "sections.audit.renamed",
        subject: `section:${row.id}`,
        scope: `network:${options.network.id}`,
        changes,
        comment: options.comment,
      });
    }
    return row;
  });
}

/**
 * An editor removes a section that no membership uses, current or ended. One in use is refused,
 * naming how many memberships use it: they must be moved to another section first, so that no
 * member silently loses its section.
 */
export async function removeSection(
  deps: AppDeps,
  options: { network: NetworkRow; id: number } & Author,
): Promise<void> {
  const { t } = options;
  await deps.database.db.transaction(async (tx) => {
    const before = await repo.selectSectionForUpdate(tx, options.network.id, options.id);
    if (!before) throw notFound();
    const used = await repo.countSectionUse(tx, before.id);
    if (used > 0) {
      const message = t("sections.error.inUse", { count: used });
      throw conflict(message, { section: message });
    }
    await repo.deleteSection(tx, before.id);
    await recordChange(tx, {
      actor: options.actor,
      action: "sections.audit.removed",
      subject: `section:${before.id}`,
      scope: `network:${options.network.id}`,
      changes: changesBetween(before, null),
      comment: options.comment,
    });
  });
}
