import type { Db } from "../../../db/client.js";
import { conflict, invalidInput, notFound } from "../../../lib/errors.js";
import type { AppDeps, CurrentUser } from "../../../lib/http.js";
import { type Locale, pickTranslation, type Translate } from "../../../lib/i18n/index.js";
import { type AuditValue, diffFields, recordChange } from "../../audit/index.js";
import { indexPlaces } from "../directory.search.js";
import { type NetworkRow, type SectionRow, selectSections } from "../networks/networks.repo.js";
import { selectPlaceBySlug } from "../places/places.repo.js";
import {
  type ManagedMembership,
  type MembershipResource,
  type PlaceMatch,
  presentManagedMembership,
  presentMembershipResource,
  presentPlaceMatch,
} from "./memberships.presenter.js";
import * as repo from "./memberships.repo.js";
import { type MembershipChanges, manageLabels } from "./memberships.schema.js";

export type NetworkWithRole = { network: NetworkRow; role: repo.NetworkRole | null };

/** The network and what the user is in it; not found when there is no such network. */
export async function loadNetworkAccess(
  deps: AppDeps,
  options: { slug: string; user: CurrentUser },
): Promise<NetworkWithRole> {
  const row = await repo.selectNetworkWithRole(deps.database.db, options.slug, options.user.id);
  if (!row) throw notFound();
  return row;
}

/** A membership, its network and what the user is in that network. */
export async function loadMembershipAccess(deps: AppDeps, options: { id: number; user: CurrentUser }) {
  const row = await repo.selectMembershipWithRole(deps.database.db, options.id, options.user.id);
  if (!row) throw notFound();
  return row;
}

export async function listManagedMemberships(
  deps: AppDeps,
  options: { networkId: number; page: number; perPage: number; locale: Locale },
): Promise<{ memberships: ManagedMembership[]; total: number }> {
  const { rows, total } = await repo.selectMembershipsPage(
    deps.database.db,
    options.networkId,
    options.perPage,
    (options.page - 1) * options.perPage,
    options.locale,
  );
  return { memberships: rows.map(presentManagedMembership), total };
}

export async function showManagedMembership({ db, id }: { db: Db; id: number }): Promise<ManagedMembership> {
  const row = await repo.selectMembershipDetail(db, id);
  if (!row) throw notFound();
  return presentManagedMembership(row);
}

export async function findPlacesToAdd(
  deps: AppDeps,
  options: { networkId: number; text: string },
): Promise<PlaceMatch[]> {
  const rows = await repo.searchPlaces(deps.database.db, options.networkId, options.text, 20);
  return rows.map(presentPlaceMatch);
}

async function resolveSection(
  deps: AppDeps,
  networkId: number,
  slug: string | null | undefined,
  t: Translate,
): Promise<{ id: number | null | undefined; sections: SectionRow[] }> {
  const sections = await selectSections(deps.database.db, networkId);
  if (slug === undefined || slug === null) return { id: slug, sections };
  const section = sections.find((s) => s.slug === slug);
  if (!section) {
    throw invalidInput(
      { section: t("manage.error.unknownSection", { field: t(manageLabels.section) }) },
      t("error.invalid_input.body"),
    );
  }
  return { id: section.id, sections };
}

async function present(db: Db, network: NetworkRow, id: number): Promise<MembershipResource> {
  const row = await repo.selectMembershipDetail(db, id);
  if (!row) throw notFound();
  return presentMembershipResource(network.slug, row);
}

/** Who made a change and why, for the audit trail. */
export interface ChangeAuthor {
  actor: Pick<CurrentUser, "id" | "name">;
  comment?: string | null;
}

/** The membership's fields as the history shows them: a section by its name, a status by its label. */
function auditedFields(row: repo.MembershipRow | null, sections: SectionRow[]) {
  const section = (id: number | null | undefined): AuditValue => {
    const found = sections.find((s) => s.id === id);
    return found ? pickTranslation(found.name, "en").text || found.slug : null;
  };
  return {
    section: section(row?.sectionId),
    sinceYear: row?.sinceYear == null ? null : String(row.sinceYear),
    status: row ? { key: `manage.status.${row.status}` } : null,
  };
}

function membershipChanges(
  before: ReturnType<typeof auditedFields>,
  after: ReturnType<typeof auditedFields>,
) {
  return diffFields([
    { field: manageLabels.section, from: before.section, to: after.section },
    { field: manageLabels.sinceYear, from: before.sinceYear, to: after.sinceYear },
    { field: manageLabels.status, from: before.status, to: after.status },
  ]);
}

/** Makes a place a member; an ended membership comes back to life, an active one is a conflict. */
export async function addMembership(
  deps: AppDeps,
  options: {
    network: NetworkRow;
    place: string;
    section?: string | null;
    sinceYear?: number | null;
    t: Translate;
  } & ChangeAuthor,
): Promise<MembershipResource> {
  const { network, t } = options;
  const place = await selectPlaceBySlug(deps.database.db, options.place);
  if (!place) {
    throw invalidInput(
      { place: t("manage.error.unknownPlace", { field: t(manageLabels.place) }) },
      t("error.invalid_input.body"),
    );
  }
  const { id: sectionId, sections } = await resolveSection(deps, network.id, options.section, t);
  return deps.database.db.transaction(async (tx) => {
    const before = await repo.selectMembershipOfPlace(tx, network.id, place.id);
    const row = await repo.upsertMembership(tx, {
      networkId: network.id,
      placeId: place.id,
      sectionId: sectionId ?? null,
      sinceYear: options.sinceYear ?? null,
    });
    if (!row) {
      const message = t("manage.error.alreadyMember", { place: place.name });
      throw conflict(message, { place: message });
    }
    await recordChange(tx, {
      actor: options.actor,
      action: before ? "manage.audit.restored" : "manage.audit.added",
      subject: `membership:${row.id}`,
      scope: `network:${network.id}`,
      changes: membershipChanges(auditedFields(before ?? null, sections), auditedFields(row, sections)),
      comment: options.comment,
    });
    // The place's search document lists the networks it is an active member of.
    await indexPlaces({ db: tx, ids: [place.id] });
    return present(tx, network, row.id);
  });
}

function actionOf(before: repo.MembershipRow, after: repo.MembershipRow): string {
  if (before.status === after.status) return "manage.audit.changed";
  return after.status === "ended" ? "manage.audit.ended" : "manage.audit.restored";
}

/** Changes section, since-year or status; ending records when it ended, restoring clears it. */
export async function changeMembership(
  deps: AppDeps,
  options: { network: NetworkRow; id: number; changes: MembershipChanges; t: Translate } & ChangeAuthor,
): Promise<MembershipResource> {
  const { network, changes } = options;
  const { id: sectionId, sections } = await resolveSection(deps, network.id, changes.section, options.t);
  return deps.database.db.transaction(async (tx) => {
    // Locked until the change commits: the history's "before" is the row this change replaced.
    const before = await repo.selectMembershipForUpdate(tx, options.id);
    if (!before) throw notFound();
    const row = await repo.updateMembership(tx, options.id, {
      ...(sectionId === undefined ? {} : { sectionId }),
      ...(changes.sinceYear === undefined ? {} : { sinceYear: changes.sinceYear }),
      ...(changes.status === undefined ? {} : { status: changes.status }),
    });
    if (!row) throw notFound();
    const recorded = membershipChanges(auditedFields(before, sections), auditedFields(row, sections));
    if (recorded.length > 0 || options.comment) {
      await recordChange(tx, {
        actor: options.actor,
        action: actionOf(before, row),
        subject: `membership:${row.id}`,
        scope: `network:${network.id}`,
        changes: recorded,
        comment: options.comment,
      });
    }
    if (before.status !== row.status) await indexPlaces({ db: tx, ids: [row.placeId] });
    return present(tx, network, row.id);
  });
}

export async function endMembership(
  deps: AppDeps,
  options: { network: NetworkRow; id: number; t: Translate } & ChangeAuthor,
): Promise<MembershipResource> {
  return changeMembership(deps, { ...options, changes: { status: "ended" } });
}
