import type { Db } from "../../db/client.js";
import { countryName } from "../../lib/countries.js";
import { localePath } from "../../lib/http.js";
import { type Locale, locales, translate } from "../../lib/i18n/index.js";
import type { LocalisedText, SearchDocument, SearchSource } from "../../lib/search.js";
import { indexDocuments } from "../search/index.js";
import {
  type Selection,
  selectNetworksToIndex,
  selectOrganisationsToIndex,
  selectPlacesToIndex,
} from "./directory.search.repo.js";

// The directory's part in search: every place, network and organisation is public.

const batchSize = 1000;

function perLocale(fn: (locale: Locale) => string | undefined): LocalisedText {
  const out: LocalisedText = {};
  for (const l of locales) {
    const text = fn(l);
    if (text) out[l] = text;
  }
  return out;
}

const urls = (path: string) => perLocale((l) => localePath(l, path));
const distinct = (names: (string | null | undefined)[]) => [
  ...new Set(names.filter((n): n is string => Boolean(n))),
];

/** A summary short enough to read under a title; the full text stays on the thing's page. */
function shorten(text: string | undefined): string | undefined {
  if (!text || text.length <= 280) return text;
  return `${text.slice(0, text.lastIndexOf(" ", 279))}…`;
}

type PlaceRow = Awaited<ReturnType<typeof selectPlacesToIndex>>[number];
type NetworkRow = Awaited<ReturnType<typeof selectNetworksToIndex>>[number];
type OrganisationRow = Awaited<ReturnType<typeof selectOrganisationsToIndex>>[number];

function placeDocument(p: PlaceRow): SearchDocument {
  return {
    kind: "place",
    key: String(p.id),
    visibility: "public",
    lang: "en",
    url: urls(`/places/${p.slug}`),
    title: perLocale((l) => p.names[l] ?? p.name),
    summary: perLocale((l) => countryName(p.country, l)),
    names: distinct([p.name, ...Object.values(p.names)]),
    networkIds: p.networkIds,
  };
}

function networkDocument(n: NetworkRow): SearchDocument {
  return {
    kind: "network",
    key: String(n.id),
    visibility: "public",
    lang: n.originalLang,
    url: urls(`/networks/${n.slug}`),
    title: perLocale((l) => n.name[l]),
    summary: perLocale((l) => shorten(n.description[l])),
    names: distinct([n.acronym, ...Object.values(n.acronyms), ...Object.values(n.name)]),
    networkIds: [n.id],
  };
}

function organisationDocument(o: OrganisationRow): SearchDocument {
  return {
    kind: "organisation",
    key: String(o.id),
    visibility: "public",
    lang: o.originalLang,
    url: urls(`/organisations/${o.slug}`),
    title: perLocale((l) => o.name[l]),
    summary: perLocale((l) =>
      [
        translate(l, `directory.organisation.kind.${o.kind}`),
        o.country ? countryName(o.country, l) : undefined,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    names: distinct([o.acronym, ...Object.values(o.name)]),
  };
}

/** Writes the search documents of these places: call it in the transaction that changed them. */
export async function indexPlaces({ db, ids }: { db: Db; ids: number[] }): Promise<void> {
  await indexDocuments({ db, documents: (await selectPlacesToIndex(db, { ids })).map(placeDocument) });
}

export async function indexNetworks({ db, ids }: { db: Db; ids: number[] }): Promise<void> {
  await indexDocuments({ db, documents: (await selectNetworksToIndex(db, { ids })).map(networkDocument) });
}

export async function indexOrganisations({ db, ids }: { db: Db; ids: number[] }): Promise<void> {
  const rows = await selectOrganisationsToIndex(db, { ids });
  await indexDocuments({ db, documents: rows.map(organisationDocument) });
}

async function* batches<R extends { id: number }>(
  select: (s: Selection) => Promise<R[]>,
  present: (row: R) => SearchDocument,
): AsyncIterable<SearchDocument[]> {
  let after = 0;
  for (;;) {
    const rows = await select({ after, limit: batchSize });
    if (rows.length === 0) return;
    yield rows.map(present);
    after = rows[rows.length - 1].id;
  }
}

/** The directory's manifest slot: its kinds, and all of their documents for a full reindex. */
export const directorySearch: SearchSource = {
  kinds: ["place", "network", "organisation"],
  // 2: networks' acronyms in each language, countries by their common names.
  version: 2,
  async *documents({ db }) {
    yield* batches((s) => selectPlacesToIndex(db, s), placeDocument);
    yield* batches((s) => selectNetworksToIndex(db, s), networkDocument);
    yield* batches((s) => selectOrganisationsToIndex(db, s), organisationDocument);
  },
};
