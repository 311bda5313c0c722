import { conflict, invalidInput, notFound } from "../../lib/errors.js";
import type { AppDeps, CurrentUser } from "../../lib/http.js";
import type { Locale, Translate } from "../../lib/i18n/index.js";
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
import { type NetworkRow, type SectionRow, selectSections } from "./networks.repo.js";
import { selectPlaceBySlug } from "./places.repo.js";

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

export async function listSections(deps: AppDeps, networkId: number): Promise<SectionRow[]> {
  return selectSections(deps.database.db, networkId);
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

export async function showManagedMembership(deps: AppDeps, id: number): Promise<ManagedMembership> {
  const row = await repo.selectMembershipDetail(deps.database.db, id);
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
): Promise<number | null | undefined> {
  if (slug === undefined || slug === null) return slug;
  const section = (await selectSections(deps.database.db, networkId)).find((s) => s.slug === slug);
  if (!section) {
    throw invalidInput(
      { section: t("manage.error.unknownSection", { field: t(manageLabels.section) }) },
      t("error.invalid_input.body"),
    );
  }
  return section.id;
}

async function present(deps: AppDeps, network: NetworkRow, id: number): Promise<MembershipResource> {
  const row = await repo.selectMembershipDetail(deps.database.db, id);
  if (!row) throw notFound();
  return presentMembershipResource(network.slug, row);
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
  },
): Promise<MembershipResource> {
  const { network, t } = options;
  const place = await selectPlaceBySlug(deps.database.db, options.place);
  if (!place) {
    throw invalidInput(
      { place: t("manage.error.unknownPlace", { field: t(manageLabels.place) }) },
      t("error.invalid_input.body"),
    );
  }
  const sectionId = await resolveSection(deps, network.id, options.section, t);
  const row = await repo.upsertMembership(deps.database.db, {
    networkId: network.id,
    placeId: place.id,
    sectionId: sectionId ?? null,
    sinceYear: options.sinceYear ?? null,
  });
  if (!row) {
    const message = t("manage.error.alreadyMember", { place: place.name });
    throw conflict(message, { place: message });
  }
  return present(deps, network, row.id);
}

/** Changes section, since-year or status; ending records when it ended, restoring clears it. */
export async function changeMembership(
  deps: AppDeps,
  options: { network: NetworkRow; id: number; changes: MembershipChanges; t: Translate },
): Promise<MembershipResource> {
  const { network, changes } = options;
  const sectionId = await resolveSection(deps, network.id, changes.section, options.t);
  const row = await repo.updateMembership(deps.database.db, options.id, {
    ...(sectionId === undefined ? {} : { sectionId }),
    ...(changes.sinceYear === undefined ? {} : { sinceYear: changes.sinceYear }),
    ...(changes.status === undefined ? {} : { status: changes.status }),
  });
  if (!row) throw notFound();
  return present(deps, network, row.id);
}

export async function endMembership(
  deps: AppDeps,
  options: { network: NetworkRow; id: number; t: Translate },
): Promise<MembershipResource> {
  return changeMembership(deps, { ...options, changes: { status: "ended" } });
}
