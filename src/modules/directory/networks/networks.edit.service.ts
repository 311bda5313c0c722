import type { Translations } from "../../../db/columns.js";
import { conflict } from "../../../lib/errors.js";
import type { AppDeps, CurrentUser } from "../../../lib/http.js";
import type { Translate } from "../../../lib/i18n/index.js";
import { type AuditValue, diffFields, recordChange } from "../../audit/index.js";
import { deleteImage, type ImageText, type StoredImage } from "../../files/index.js";
import * as repo from "./networks.edit.repo.js";
import { type NetworkForm, networkLabels } from "./networks.edit.schema.js";
import type { NetworkRow } from "./networks.repo.js";

type Author = { actor: Pick<CurrentUser, "id" | "name">; comment?: string | null };
const langs = ["en", "fr", "es"] as const;
const cap = (lang: string) => lang[0].toUpperCase() + lang.slice(1);

function texts(form: NetworkForm, field: "name" | "description" | "acronym" | "article"): Translations {
  const out: Translations = {};
  for (const lang of langs) {
    const value = form[`${field}${cap(lang)}` as keyof NetworkForm];
    if (typeof value === "string" && value) out[lang] = value;
  }
  return out;
}

/** What the form sets, in the shape of the row. */
function valuesOf(form: NetworkForm) {
  return {
    acronym: form.acronym,
    acronyms: texts(form, "acronym"),
    name: texts(form, "name"),
    articles: texts(form, "article"),
    description: texts(form, "description"),
    website: form.website ?? null,
  };
}

/** The fields of a network as its history shows them, one line per language. */
function audited(
  row: Pick<NetworkRow, "acronym" | "acronyms" | "name" | "articles" | "description" | "website"> | null,
) {
  const lines: { field: string; value: AuditValue }[] = [
    { field: networkLabels.acronym, value: row?.acronym ?? null },
    { field: networkLabels.acronymFr, value: row?.acronyms.fr ?? null },
    { field: networkLabels.acronymEs, value: row?.acronyms.es ?? null },
  ];
  for (const lang of langs)
    lines.push({ field: networkLabels[`name${cap(lang)}`], value: row?.name[lang] ?? null });
  for (const lang of langs)
    lines.push({ field: networkLabels[`article${cap(lang)}`], value: row?.articles[lang] ?? null });
  for (const lang of langs)
    lines.push({ field: networkLabels[`description${cap(lang)}`], value: row?.description[lang] ?? null });
  lines.push({ field: networkLabels.website, value: row?.website ?? null });
  return lines;
}

function changesBetween(before: Parameters<typeof audited>[0], after: Parameters<typeof audited>[0]) {
  const a = audited(before);
  const b = audited(after);
  return diffFields(a.map((line, i) => ({ field: line.field, from: line.value, to: b[i].value })));
}

/** An admin creates a network; a slug already used is a conflict naming the field. */
export async function createNetworkFromForm(
  deps: AppDeps,
  options: { slug: string; form: NetworkForm; t: Translate } & Author,
): Promise<NetworkRow> {
  const { t } = options;
  return deps.database.db.transaction(async (tx) => {
    const row = await repo.insertNetworkIfNew(tx, { slug: options.slug, ...valuesOf(options.form) });
    if (!row) {
      const message = t("networks.error.slugTaken", { field: t(networkLabels.slug) });
      throw conflict(message, { slug: message });
    }
    await recordChange(tx, {
      actor: options.actor,
      action: "networks.audit.created",
      subject: `network:${row.id}`,
      scope: `network:${row.id}`,
      changes: changesBetween(null, row),
      comment: options.form.comment,
    });
    return row;
  });
}

/** A network's editors change its names, descriptions, acronym and website. */
export async function editNetwork(
  deps: AppDeps,
  options: { network: NetworkRow; form: NetworkForm } & Author,
): Promise<NetworkRow> {
  return deps.database.db.transaction(async (tx) => {
    const before = await repo.selectNetworkForUpdate(tx, options.network.id);
    const row = await repo.updateNetwork(tx, options.network.id, valuesOf(options.form));
    const changes = changesBetween(before ?? null, row);
    if (changes.length > 0 || options.form.comment) {
      await recordChange(tx, {
        actor: options.actor,
        action: "networks.audit.edited",
        subject: `network:${row.id}`,
        scope: `network:${row.id}`,
        changes,
        comment: options.form.comment,
      });
    }
    return row;
  });
}

/**
 * Puts a stored image in as the network's logo (or takes the logo away with `image: null`). The
 * replaced image is removed from storage once the change is committed; if the change fails, the
 * new one is removed instead.
 */
export async function setNetworkLogo(
  deps: AppDeps,
  options: { network: NetworkRow; image: StoredImage | null; text: ImageText | null } & Author,
): Promise<void> {
  let previous: StoredImage | null = null;
  try {
    await deps.database.db.transaction(async (tx) => {
      const before = await repo.selectNetworkForUpdate(tx, options.network.id);
      previous = before?.logoImage ?? null;
      await repo.updateNetwork(tx, options.network.id, {
        logoImage: options.image,
        logoAlt: options.text?.alt ?? {},
      });
      const alt = (value: Translations | undefined) =>
        value && Object.keys(value).length > 0
          ? langs.flatMap((l) => (value[l] ? [value[l]] : [])).join(" / ")
          : null;
      await recordChange(tx, {
        actor: options.actor,
        action: options.image ? "networks.audit.logo" : "networks.audit.logoRemoved",
        subject: `network:${options.network.id}`,
        scope: `network:${options.network.id}`,
        changes: diffFields([
          {
            field: "networks.field.logoAlt",
            from: before?.logoImage ? alt(before.logoAlt) : null,
            to: options.image ? (alt(options.text?.alt) ?? { key: "networks.logo.decorative" }) : null,
          },
        ]),
        comment: options.comment,
      });
    });
  } catch (err) {
    if (options.image) await deleteImage(deps.storage, options.image);
    throw err;
  }
  if (previous) await deleteImage(deps.storage, previous);
}
