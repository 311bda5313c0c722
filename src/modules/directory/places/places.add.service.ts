import type { Db } from "../../../db/client.js";
import { regionOf } from "../../../lib/countries.js";
import { invalidInput } from "../../../lib/errors.js";
import type { Translate } from "../../../lib/i18n/index.js";
import { indexPlaces } from "../directory.search.js";
import { foldName } from "./import/fold.js";
import { findGeonamesCities, type GeonamesCity, getGeonamesCity } from "./import/geonames-index.js";
import { insertPlaceOnce, lockPlaceName, selectSamePlace, selectSlugsLike } from "./places.add.repo.js";
import type { NewPlaceForm } from "./places.add.schema.js";
import { type PlaceView, presentPlace } from "./places.presenters.js";
import type { NewPlace } from "./places.repo.js";
import { placeSlug } from "./slug.js";

export type { GeonamesCity as WorldCity } from "./import/geonames-index.js";

/**
 * The world's cities whose name starts with `text` (GeoNames), largest first, less those that are
 * `besides` (places of the directory already offered): the same GeoNames id, or the same name in the
 * same country for a place without one, which importing would only find again.
 */
export function findWorldCities({
  text,
  besides = [],
  limit = 10,
}: {
  text: string;
  besides?: Pick<PlaceView, "name" | "country" | "geonamesId">[];
  limit?: number;
}): GeonamesCity[] {
  const ids = new Set(besides.map((p) => p.geonamesId));
  const names = new Set(
    besides.filter((p) => p.geonamesId === null).map((p) => `${p.country} ${foldName(p.name)}`),
  );
  return findGeonamesCities(text, limit + besides.length)
    .filter((c) => !ids.has(c.geonamesId) && !names.has(`${c.country} ${foldName(c.name)}`))
    .slice(0, limit);
}

/** A new place, or the one already there that it would have duplicated. */
type StoredPlace = { outcome: "created"; place: PlaceView } | { outcome: "existing"; place: PlaceView };

/** What adding a place came to. */
export type AddedPlace =
  | StoredPlace
  /** A place typed by hand that GeoNames knows: it is better added from the search. */
  | { outcome: "inGeonames"; city: GeonamesCity };

/** The first free slug of `base`, `base-2`, `base-3`... */
async function freeSlug(db: Db, base: string, fallback?: string): Promise<string> {
  const taken = new Set(await selectSlugsLike(db, base));
  if (!taken.has(base)) return base;
  if (fallback && !taken.has(fallback)) return fallback;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Adds a place unless it would duplicate one: the same GeoNames id, or the same name in the same
 * country. Checked under a lock on the name, and by the unique keys beneath it.
 */
async function addOnce(db: Db, values: Omit<NewPlace, "slug">, slugs: { base: string; fallback?: string }) {
  return db.transaction(async (tx): Promise<StoredPlace> => {
    await lockPlaceName(tx, values.country, values.name);
    const same = await selectSamePlace(tx, values);
    if (same) return { outcome: "existing", place: presentPlace(same) };
    const slug = await freeSlug(tx, slugs.base, slugs.fallback);
    const row = await insertPlaceOnce(tx, { ...values, slug });
    if (!row) {
      // A writer that does not take the lock (a CSV import) added it meanwhile.
      const now = await selectSamePlace(tx, values);
      if (now) return { outcome: "existing", place: presentPlace(now) };
      throw new Error(`the place ${values.name} (${values.country}) could not be added`);
    }
    await indexPlaces({ db: tx, ids: [row.id] });
    return { outcome: "created", place: presentPlace(row) };
  });
}

/** Brings one city of the GeoNames data into the directory, or finds it there already. */
export async function importWorldCity({
  db,
  geonamesId,
  t,
  field,
}: {
  db: Db;
  geonamesId: number;
  t: Translate;
  /** The form field that named the city, for the message when the id is unknown. */
  field: { name: string; label: string };
}): Promise<StoredPlace> {
  const city = getGeonamesCity(geonamesId);
  const region = city && regionOf(city.country);
  if (!city || !region) {
    throw invalidInput({ [field.name]: t("manage.error.unknownPlace", { field: t(field.label) }) });
  }
  return addOnce(
    db,
    {
      kind: "city",
      name: city.name,
      names: {},
      country: city.country,
      region,
      latitude: city.latitude,
      longitude: city.longitude,
      population: city.population,
      geonamesId: city.geonamesId,
    },
    {
      base: placeSlug(city.name, city.country),
      fallback: placeSlug(city.name, city.country, city.geonamesId),
    },
  );
}

/** Adds a place an editor describes; one already there, or one GeoNames knows, is pointed to instead. */
export async function addPlaceByHand({ db, input }: { db: Db; input: NewPlaceForm }): Promise<AddedPlace> {
  const key = foldName(input.name);
  const known = findGeonamesCities(input.name, 50).find(
    (c) => c.country === input.country && foldName(c.name) === key,
  );
  if (known) {
    const same = await selectSamePlace(db, { ...known });
    return same ? { outcome: "existing", place: presentPlace(same) } : { outcome: "inGeonames", city: known };
  }
  return addOnce(
    db,
    {
      kind: input.kind,
      name: input.name,
      names: input.names,
      country: input.country,
      region: regionOf(input.country) ?? "antarctica",
      latitude: input.latitude,
      longitude: input.longitude,
      population: input.population ?? null,
      geonamesId: null,
    },
    { base: placeSlug(input.name, input.country) },
  );
}
