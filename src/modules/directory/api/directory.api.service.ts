import type { Db } from "../../../db/client.js";
import { AppError, invalidInput, notFound } from "../../../lib/errors.js";
import type { Translate } from "../../../lib/i18n/index.js";
import type { memberships as membershipsTable } from "../memberships/memberships.tables.js";
import {
  type NetworkView,
  presentNetwork,
  presentSection,
  type SectionView,
} from "../networks/networks.presenters.js";
import { selectNetworkWithSections } from "../networks/networks.repo.js";
import type { SectionKind } from "../networks/networks.schema.js";
import { summariseMembers } from "../networks/networks.summary.service.js";
import { selectPlaceBySlug } from "../places/places.repo.js";
import type { PlaceFilter } from "../places/places.schema.js";
import { countedOnEveryPage, type Keeper, listPlaces, type PlaceList } from "../places/places.service.js";
import { countMemberships, type MembershipQuery, selectMembershipList } from "./directory.api.repo.js";

export interface NetworkSummary extends NetworkView {
  sections: (SectionView & { members: number })[];
  figures: { members: number; countries: number; sections: number; sectionKind: SectionKind };
}

/**
 * A network with its sections and figures, without its member list: one statement, two when its
 * figures are counted again after a change (they are kept, as its page's are).
 */
export async function getNetworkSummary({
  db,
  slug,
  keeper,
}: {
  db: Db;
  slug: string;
  keeper: Keeper;
}): Promise<NetworkSummary> {
  const found = await selectNetworkWithSections(db, slug);
  if (!found) throw notFound();
  const { figures, sectionCounts } = await summariseMembers({ db, networkId: found.network.id, keeper });
  const kinds = new Set(found.sections.map((s) => s.kind));
  return {
    ...presentNetwork(found.network),
    sections: found.sections.map((s) => ({ ...presentSection(s), members: sectionCounts[s.id] ?? 0 })),
    figures: { ...figures, sectionKind: kinds.size === 1 ? [...kinds][0] : "other" },
  };
}

type MembershipStatus = (typeof membershipsTable.status.enumValues)[number];

/** A membership in the API's list: slugs of what it links, as the API's writes answer too. */
export interface MembershipListItem {
  id: number;
  network: string;
  place: string;
  section: string | null;
  sinceYear: number | null;
  status: MembershipStatus;
  endedAt: string | null;
}

export interface MembershipFilter {
  network?: string;
  place?: string;
  section?: string;
  status?: MembershipStatus;
  page: number;
  perPage: number;
}

/** A filter that names nothing answers 404, as the same slug would in a path, naming the parameter. */
const unknown = (field: string, t: Translate) =>
  new AppError("not_found", undefined, { [field]: t("directory.api.unknown", { field }) });

/**
 * A page of memberships, filtered: at most four statements. A slug that names nothing is 404
 * naming its parameter, rather than an empty list.
 */
export async function listMembershipsFiltered({
  db,
  filter,
  t,
  keeper,
}: {
  db: Db;
  filter: MembershipFilter;
  t: Translate;
  keeper: Keeper;
}): Promise<{ memberships: MembershipListItem[]; total: number }> {
  const query: MembershipQuery = { status: filter.status };
  if (filter.section && !filter.network) {
    throw invalidInput({ section: t("directory.api.sectionWithoutNetwork", { field: "section" }) });
  }
  if (filter.network) {
    const found = await selectNetworkWithSections(db, filter.network);
    if (!found) throw unknown("network", t);
    query.networkId = found.network.id;
    if (filter.section) {
      const section = found.sections.find((s) => s.slug === filter.section);
      if (!section) throw unknown("section", t);
      query.sectionId = section.id;
    }
  }
  if (filter.place) {
    const place = await selectPlaceBySlug(db, filter.place);
    if (!place) throw unknown("place", t);
    query.placeId = place.id;
  }
  const offset = (filter.page - 1) * filter.perPage;
  const countUpTo = countedOnEveryPage + 1;
  const page = await selectMembershipList(db, query, { limit: filter.perPage, offset, countUpTo });
  let total = page.total ?? (await countMemberships(db, query, countUpTo));
  // Past a thousand, counted once and kept until memberships change, as the directory's totals are.
  if (total > countedOnEveryPage) {
    total = await keeper.kept(`directory.memberships.total ${JSON.stringify(query)}`, ["memberships"], () =>
      countMemberships(db, query),
    );
  }
  return {
    memberships: page.rows.map(({ total: _total, endedAt, ...row }) => ({
      ...row,
      endedAt: endedAt ? endedAt.toISOString() : null,
    })),
    total,
  };
}

/** The directory's list of places, where a network or section that does not exist is 404. */
export async function listPlacesStrictly({
  db,
  filter,
  page,
  perPage,
  t,
  keeper,
}: {
  db: Db;
  filter: Omit<PlaceFilter, "after" | "before">;
  page: number;
  perPage: number;
  t: Translate;
  keeper: Keeper;
}): Promise<PlaceList> {
  if (filter.section && !filter.network) {
    throw invalidInput({ section: t("directory.api.sectionWithoutNetwork", { field: "section" }) });
  }
  // The API pages in one order whatever the language asked, so clients can page through it.
  let list: PlaceList;
  try {
    list = await listPlaces({ db, filter, page, perPage, t, locale: "en", keeper });
  } catch (error) {
    // The pages' filter calls an unknown network bad input; the API calls it unknown.
    if (error instanceof AppError && error.fields?.network) throw unknown("network", t);
    throw error;
  }
  if (filter.section && !list.section) throw unknown("section", t);
  return list;
}
