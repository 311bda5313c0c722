import type { Db } from "../../../db/client.js";
import { regionOf } from "../../../lib/countries.js";
import { invalidInput, notFound } from "../../../lib/errors.js";
import type { Locale, Translate } from "../../../lib/i18n/index.js";
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
  network: { slug: string; acronym: string; name: NetworkView["name"]; originalLang: string };
  section: SectionView | null;
  sinceYear: number | null;
}

export interface PlaceListItem extends PlaceView {
  memberships: PlaceMembershipView[];
}

export interface PlaceList {
  places: PlaceListItem[];
  total: number;
  page: number;
  pages: number;
  perPage: number;
  /** The network filtered on, with its sections (for the section filter). */
  network: NetworkView | null;
  sections: SectionView[];
  /** The section filtered on; a section that is not the network's is ignored. */
  section: SectionView | null;
}

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
 * One page of the directory: at most four statements whatever the filters and the data size.
 * `t` words the message when the network filter names no network.
 */
export async function listPlaces({
  db,
  filter,
  t,
  locale,
  perPage = placesPerPage,
}: {
  db: Db;
  filter: PlaceFilter;
  t: Translate;
  /** Whose alphabetical order: places sort by the name readers of this language see. */
  locale: Locale;
  perPage?: number;
}): Promise<PlaceList> {
  const query: PlaceQuery = { country: filter.country, region: filter.region, kind: filter.kind };
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
  const offset = (filter.page - 1) * perPage;
  const page = await selectPlacesPage(db, query, perPage, offset, locale);
  const total = page.total ?? (filter.page > 1 ? await countPlaces(db, query) : 0);
  const byPlace = await membershipsByPlace(
    db,
    page.places.map((p) => p.id),
  );
  return {
    places: page.places.map((p) => ({ ...presentPlace(p), memberships: byPlace.get(p.id) ?? [] })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / perPage)),
    perPage,
    network,
    sections,
    section,
  };
}

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
