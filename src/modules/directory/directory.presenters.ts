import type { Translations } from "../../db/columns.js";
import type { SectionKind } from "./directory.schema.js";
import type { NetworkRow, SectionRow } from "./networks.repo.js";
import type { OrganisationRow } from "./organisations.repo.js";
import type { PlaceRow } from "./places.repo.js";

/** A network as pages and the API show it. Texts stay multilingual; the view picks the language. */
export interface NetworkView {
  slug: string;
  acronym: string;
  name: Translations;
  description: Translations;
  originalLang: string;
  website: string | null;
  logo: { path: string; alt: Translations } | null;
  foundedYear: number | null;
}

export interface SectionView {
  slug: string;
  kind: SectionKind;
  name: Translations;
}

export interface PlaceView {
  slug: string;
  kind: PlaceRow["kind"];
  /** The name in the place's own usage, shown when no translation exists. */
  name: string;
  /** Translations by language, always including the original under its language ("en" by default). */
  names: Translations;
  /** The language of `name` among `names`, for the visible fallback. */
  originalLang: string;
  country: string;
  region: string;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  geonamesId: number | null;
}

export interface OrganisationView {
  slug: string;
  acronym: string | null;
  name: Translations;
  description: Translations;
  originalLang: string;
  kind: OrganisationRow["kind"];
  country: string | null;
  website: string | null;
}

export function presentNetwork(row: NetworkRow): NetworkView {
  return {
    slug: row.slug,
    acronym: row.acronym,
    name: row.name,
    description: row.description,
    originalLang: row.originalLang,
    website: row.website,
    logo: row.logoPath ? { path: row.logoPath, alt: row.logoAlt } : null,
    foundedYear: row.foundedYear,
  };
}

export function presentSection(row: Pick<SectionRow, "slug" | "kind" | "name">): SectionView {
  return { slug: row.slug, kind: row.kind, name: row.name };
}

/** The language a place's `name` is in when its translations do not say. */
export const placeNameLang = "en";

export function presentPlace(row: PlaceRow): PlaceView {
  const names = { ...row.names };
  let originalLang = Object.keys(names).find((lang) => names[lang] === row.name);
  if (!originalLang) {
    originalLang = placeNameLang;
    names[placeNameLang] ??= row.name;
  }
  return {
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    names,
    originalLang,
    country: row.country,
    region: row.region,
    latitude: row.latitude,
    longitude: row.longitude,
    population: row.population,
    geonamesId: row.geonamesId,
  };
}

export function presentOrganisation(row: OrganisationRow): OrganisationView {
  return {
    slug: row.slug,
    acronym: row.acronym,
    name: row.name,
    description: row.description,
    originalLang: row.originalLang,
    kind: row.kind,
    country: row.country,
    website: row.website,
  };
}
