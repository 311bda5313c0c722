import type { Db } from "../../../db/client.js";
import { regionOf } from "../../../lib/countries.js";
import { invalidInput, notFound } from "../../../lib/errors.js";
import type { Locale, Translate } from "../../../lib/i18n/index.js";
import type { ValueKeeper } from "../../../views/blocks.js";
import { findPeople } from "../../accounts/index.js";
import { type AffiliationView, listAffiliationsOf } from "../affiliations/affiliations.service.js";
import { indexPlaces } from "../directory.search.js";
import {
  type NetworkView,
  presentNetwork,
  presentSection,
  type SectionView,
} from "../networks/networks.presenters.js";
import { selectNetworkWithSections } from "../networks/networks.repo.js";
import { type PlaceView, presentPlace } from "./places.presenters.js";
import {
  countPlaces,
  insertPlace,
  insertPlaces,
  type NewPlace,
  type PlacePosition,
  type PlaceQuery,
  selectFocalPointIdsOfPlace,
  selectMembershipsOfPlaces,
  selectPlaceBySlug,
  selectPlacesPage,
} from "./places.repo.js";
import { filterLabels, type PlaceFilter, type PlaceInput, placeInputSchema } from "./places.schema.js";
import { placeSlug } from "./slug.js";

export const placesPerPage = 50;

/** A place's membership as its page and the directory list show it. */
export interface PlaceMembershipView {
  network: {
    slug: string;
    acronym: string;
    acronyms: NetworkView["acronyms"];
    name: NetworkView["name"];
    originalLang: string;
  };
  section: SectionView | null;
  sinceYear: number | null;
}

export interface PlaceListItem extends PlaceView {
  memberships: PlaceMembershipView[];
}

export interface PlaceList {
  places: PlaceListItem[];
  /** Every place matching the filters. */
  total: number;
  perPage: number;
  /** Where the neighbouring pages are: the previous ends before `previous`, the next starts after `next`. */
  previous: string | null;
  next: string | null;
  /** Whether this is not the first page. */
  paged: boolean;
  /** The network filtered on, with its sections (for the section filter). */
  network: NetworkView | null;
  sections: SectionView[];
  /** The section filtered on; a section that is not the network's is ignored. */
  section: SectionView | null;
}

/**
 * Up to this many matching places are counted on each page, through the index; past it, the total
 * is counted once and kept until places or memberships change (one key per filter combination with
 * so many places: few of them).
 */
export const countedOnEveryPage = 1_000;

/** Where values drawn from tables are kept until those tables change: the page cache. */
export type Keeper = Pick<ValueKeeper, "kept">;

async function membershipsByPlace(db: Db, placeIds: number[]) {
  const byPlace = new Map<number, PlaceMembershipView[]>();
  for (const m of await selectMembershipsOfPlaces(db, placeIds)) {
    const list = byPlace.get(m.placeId) ?? [];
    list.push({
      network: m.network,
      section: m.section ? presentSection(m.section) : null,
      sinceYear: m.sinceYear,
    });
    byPlace.set(m.placeId, list);
  }
  return byPlace;
}

/**
 * One page of the directory: at most four statements whatever the filters, the data size and how
 * deep the page is (five when a large total is counted again after a change). `t` words the message
 * when the network filter names no network. `page` numbers the API's pages instead of a position.
 */
export async function listPlaces({
  db,
  filter,
  t,
  locale,
  keeper,
  page,
  perPage = placesPerPage,
}: {
  db: Db;
  filter: PlaceFilter;
  t: Translate;
  /** Whose alphabetical order: places sort by the name readers of this language see. */
  locale: Locale;
  keeper: Keeper;
  page?: number;
  perPage?: number;
}): Promise<PlaceList> {
  const query: PlaceQuery = { country: filter.country, region: filter.region, kind: filter.kind };
  if (filter.q) query.search = { text: filter.q, locale };
  let network: PlaceList["network"] = null;
  let sections: SectionView[] = [];
  let section: SectionView | null = null;
  if (filter.network) {
    const found = await selectNetworkWithSections(db, filter.network);
    if (!found) throw invalidInput({ network: t("form.choice", { field: t(filterLabels.network) }) });
    network = presentNetwork(found.network);
    sections = found.sections.map(presentSection);
    query.networkId = found.network.id;
    const chosen = found.sections.find((s) => s.slug === filter.section);
    if (chosen) {
      query.sectionId = chosen.id;
      section = presentSection(chosen);
    }
  }
  const cursor =
    page !== undefined ? undefined : filter.after ? "after" : filter.before ? "before" : undefined;
  const from = cursor === "after" ? filter.after : filter.before;
  const backwards = cursor === "before";
  const position: PlacePosition =
    from === undefined
      ? { offset: ((page ?? 1) - 1) * perPage }
      : backwards
        ? { before: from }
        : { after: from };
  const found = await selectPlacesPage(db, query, {
    limit: perPage + 1,
    locale,
    position,
    countUpTo: countedOnEveryPage + 1,
  });
  const more = found.places.length > perPage;
  const rows = found.places.slice(0, perPage);
  if (backwards) rows.reverse();
  // A page from a place that does not exist (a mistyped address) is a mistake, not an empty list.
  if (rows.length === 0 && cursor && from && !(await selectPlaceBySlug(db, from))) {
    throw invalidInput({ [cursor]: t("form.invalid", { field: t(filterLabels[cursor]) }) });
  }
  let total = found.total ?? (await countPlaces(db, query, countedOnEveryPage + 1));
  if (total > countedOnEveryPage) {
    total = await keeper.kept(`directory.places.total ${JSON.stringify(query)}`, totalTables, () =>
      countPlaces(db, query),
    );
  }
  const byPlace = await membershipsByPlace(
    db,
    rows.map((p) => p.id),
  );
  const first = rows[0]?.slug ?? null;
  const last = rows.at(-1)?.slug ?? null;
  return {
    places: rows.map((p) => ({ ...presentPlace(p), memberships: byPlace.get(p.id) ?? [] })),
    total,
    perPage,
    previous: backwards ? (more ? first : null) : cursor ? first : null,
    next: backwards ? last : more ? last : null,
    paged: cursor !== undefined && !(backwards && !more),
    network,
    sections,
    section,
  };
}

/** The tables a kept total is drawn from. */
const totalTables = ["places", "memberships"];

export interface PlaceDetail {
  place: PlaceView;
  memberships: PlaceMembershipView[];
  /** Who speaks for the place, each with whom they represent. */
  focalPoints: { name: string; affiliations: AffiliationView[] }[];
}

/** A place with its networks and focal points; `not_found` when the slug names none. */
export async function getPlaceBySlug({ db, slug }: { db: Db; slug: string }): Promise<PlaceDetail> {
  const row = await selectPlaceBySlug(db, slug);
  if (!row) throw notFound();
  const byPlace = await membershipsByPlace(db, [row.id]);
  const people = await findPeople({ db, ids: await selectFocalPointIdsOfPlace(db, row.id) });
  const affiliations = await listAffiliationsOf({ db, people: people.map((p) => p.id) });
  return {
    place: presentPlace(row),
    memberships: byPlace.get(row.id) ?? [],
    focalPoints: people.map((p) => ({ name: p.name, affiliations: affiliations.get(p.id) ?? [] })),
  };
}

function newPlace(input: PlaceInput): NewPlace {
  const data = placeInputSchema.parse(input);
  return {
    ...data,
    slug: data.slug ?? placeSlug(data.name, data.country),
    region: regionOf(data.country) ?? "antarctica",
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    population: data.population ?? null,
    geonamesId: data.geonamesId ?? null,
  };
}

/** Adds a place; its slug defaults to "name-country" and its region follows from the country. */
export async function createPlace({ db, input }: { db: Db; input: PlaceInput }): Promise<PlaceView> {
  const values = newPlace(input);
  return db.transaction(async (tx) => {
    const row = await insertPlace(tx, values);
    await indexPlaces({ db: tx, ids: [row.id] });
    return presentPlace(row);
  });
}

/** Adds many places in one statement (benchmarks, tests); slugs must not collide. */
export async function createPlaces({ db, inputs }: { db: Db; inputs: PlaceInput[] }): Promise<PlaceView[]> {
  const values = inputs.map(newPlace);
  return db.transaction(async (tx) => {
    const rows = await insertPlaces(tx, values);
    await indexPlaces({ db: tx, ids: rows.map((r) => r.id) });
    return rows.map(presentPlace);
  });
}
