import type { Db } from "../../../db/client.js";
import { conflict, notFound } from "../../../lib/errors.js";
import type { Locale } from "../../../lib/i18n/index.js";
import { indexNetworks, indexPlaces } from "../directory.search.js";
import { type MembershipInput, membershipInputSchema } from "../memberships/memberships.schema.js";
import { type PlaceView, presentPlace } from "../places/places.presenters.js";
import { selectPlaceBySlug } from "../places/places.repo.js";
import type { Keeper } from "../places/places.service.js";
import { type NetworkView, presentNetwork, presentSection, type SectionView } from "./networks.presenters.js";
import {
  anyNetwork,
  insertMembership,
  insertNetwork,
  type NetworkRole,
  type NetworkRow,
  selectNetworkBySlug,
  selectNetworkMembers,
  selectNetworks,
  selectNetworksWithSections,
  selectNetworkWithSections,
  selectRoleInNetwork,
  selectSections,
  upsertRole,
} from "./networks.repo.js";
import { type NetworkInput, networkInputSchema, type SectionKind } from "./networks.schema.js";
import { type MemberPoint, type NetworkFigures, summariseMembers } from "./networks.summary.service.js";

export interface MemberView {
  place: PlaceView;
  section: SectionView | null;
  sinceYear: number | null;
}

export interface MemberGroup {
  section: SectionView | null;
  members: MemberView[];
}

export interface NetworkDetail {
  network: NetworkView;
  sections: SectionView[];
  figures: NetworkFigures;
  /** Each section (and the members without one) with its number of members. */
  sectionCounts: { section: SectionView | null; members: number }[];
  /** The members by section, for a network small enough to name them all on its page; else null. */
  groups: MemberGroup[] | null;
  /** The map's points, at most `MAP_POINT_LIMIT` of them whatever the number of members. */
  points: MemberPoint[];
  /** The viewer's role in the network, when a viewer was given. */
  role: NetworkRole | null;
}

/** Past this many members, a network's page links to each section in the directory instead of naming everyone. */
export const listedMembersLimit = 300;

/** Whether any network exists: the platform adds its demo data only to a database without one. */
export async function hasNetworks({ db }: { db: Db }): Promise<boolean> {
  return anyNetwork(db);
}

/** Every network by acronym; with `search`, those whose name matches it (the platform's search). */
export async function listNetworks({
  db,
  search,
}: {
  db: Db;
  search?: { text: string; locale: Locale };
}): Promise<NetworkView[]> {
  return (await selectNetworks(db, search)).map(presentNetwork);
}

export interface NetworkWithSections extends NetworkView {
  sections: SectionView[];
}

/** Every network with its sections in their order (the directory's filters), in one statement. */
export async function listNetworksWithSections({ db }: { db: Db }): Promise<NetworkWithSections[]> {
  return (await selectNetworksWithSections(db)).map(({ network, sections }) => ({
    ...presentNetwork(network),
    sections: sections.map(presentSection),
  }));
}

async function findNetwork(db: Db, slug: string): Promise<NetworkRow> {
  const row = await selectNetworkBySlug(db, slug);
  if (!row) throw notFound();
  return row;
}

/** A network by its slug; `not_found` when there is none. */
export async function getNetworkBySlug({ db, slug }: { db: Db; slug: string }): Promise<NetworkView> {
  return presentNetwork(await findNetwork(db, slug));
}

/** A network's sections in their order. */
export async function listSections({ db, networkId }: { db: Db; networkId: number }): Promise<SectionView[]> {
  return (await selectSections(db, networkId)).map(presentSection);
}

function kindOf(sections: { kind: SectionKind }[]): SectionKind {
  const kinds = new Set(sections.map((s) => s.kind));
  return kinds.size === 1 ? [...kinds][0] : "other";
}

/**
 * Everything a network's page shows, in three to five statements whatever the number of members:
 * the network, the viewer's role, its sections, its kept summary (counted again only after a change)
 * and, for a network of at most `listedMembersLimit` members, their names.
 */
export async function getNetworkDetail({
  db,
  slug,
  userId,
  keeper,
}: {
  db: Db;
  slug: string;
  userId?: number;
  keeper: Keeper;
}): Promise<NetworkDetail> {
  const row = await findNetwork(db, slug);
  const role = userId === undefined ? null : await selectRoleInNetwork(db, userId, row.id);
  const sectionRows = await selectSections(db, row.id);
  const summary = await summariseMembers({ db, networkId: row.id, keeper });
  const sections = sectionRows.map(presentSection);
  let groups: MemberGroup[] | null = null;
  if (summary.figures.members <= listedMembersLimit) {
    const bySection = new Map<number | null, MemberGroup>();
    for (const [i, s] of sectionRows.entries()) bySection.set(s.id, { section: sections[i], members: [] });
    bySection.set(null, { section: null, members: [] });
    for (const m of await selectNetworkMembers(db, row.id, listedMembersLimit)) {
      const group = bySection.get(m.sectionId) ?? (bySection.get(null) as MemberGroup);
      group.members.push({ place: presentPlace(m.place), section: group.section, sinceYear: m.sinceYear });
    }
    groups = [...bySection.values()].filter((g) => g.members.length > 0);
  }
  const sectionCounts = [
    ...sectionRows.map((s, i) => ({ section: sections[i], members: summary.sectionCounts[s.id] ?? 0 })),
    { section: null, members: summary.unsectioned },
  ].filter((c) => c.members > 0);
  return {
    network: presentNetwork(row),
    sections,
    figures: { ...summary.figures, sectionKind: kindOf(sectionRows) },
    sectionCounts,
    groups,
    points: summary.points,
    role,
  };
}

/** The role a person holds in a network (by slug), or null. */
export async function getRoleInNetwork({
  db,
  userId,
  network,
}: {
  db: Db;
  userId: number;
  network: string;
}): Promise<NetworkRole | null> {
  const row = await findNetwork(db, network);
  return selectRoleInNetwork(db, userId, row.id);
}

export async function createNetwork({ db, input }: { db: Db; input: NetworkInput }) {
  const data = networkInputSchema.parse(input);
  if (await selectNetworkBySlug(db, data.slug)) throw conflict();
  const { sections, ...values } = data;
  const created = await db.transaction(async (tx) => {
    const inserted = await insertNetwork(
      tx,
      {
        ...values,
        website: values.website ?? null,
        logoPath: values.logoPath ?? null,
        foundedYear: values.foundedYear ?? null,
      },
      sections,
    );
    await indexNetworks({ db: tx, ids: [inserted.network.id] });
    return inserted;
  });
  return { network: presentNetwork(created.network), sections: created.sections.map(presentSection) };
}

export async function grantNetworkRole({
  db,
  userId,
  network,
  role,
}: {
  db: Db;
  userId: number;
  network: string;
  role: NetworkRole;
}): Promise<void> {
  const row = await findNetwork(db, network);
  await upsertRole(db, userId, row.id, role);
}

/** Records a place's membership of a network (demo data, tests, imports); `not_found` for unknown slugs. */
export async function joinNetwork({ db, input }: { db: Db; input: MembershipInput }) {
  const data = membershipInputSchema.parse(input);
  const found = await selectNetworkWithSections(db, data.network);
  const place = await selectPlaceBySlug(db, data.place);
  if (!found || !place) throw notFound();
  const section = data.section ? found.sections.find((s) => s.slug === data.section) : undefined;
  if (data.section && !section) throw notFound();
  const row = await db.transaction(async (tx) => {
    const inserted = await insertMembership(tx, {
      networkId: found.network.id,
      placeId: place.id,
      sectionId: section?.id ?? null,
      sinceYear: data.sinceYear ?? null,
      status: data.status,
    });
    // A place's search document lists the networks it belongs to.
    await indexPlaces({ db: tx, ids: [place.id] });
    return inserted;
  });
  return {
    id: row.id,
    network: data.network,
    place: data.place,
    section: data.section ?? null,
    sinceYear: row.sinceYear,
    status: row.status,
  };
}
