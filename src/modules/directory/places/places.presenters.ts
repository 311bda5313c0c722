import type { Translations } from "../../../db/columns.js";
import type { PlaceListRow, PlaceRow } from "./places.repo.js";

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

/** The language a place's `name` is in when its translations do not say. */
export const placeNameLang = "en";

/** A place's translations with its own name among them, and the language that name is in. */
export function placeNames(row: { name: string; names: Translations }): {
  names: Translations;
  originalLang: string;
} {
  const names = { ...row.names };
  let originalLang = Object.keys(names).find((lang) => names[lang] === row.name);
  if (!originalLang) {
    originalLang = placeNameLang;
    names[placeNameLang] ??= row.name;
  }
  return { names, originalLang };
}

export function presentPlace(row: PlaceListRow): PlaceView {
  const { names, originalLang } = placeNames(row);
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
