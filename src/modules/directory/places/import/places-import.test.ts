import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, engines, type TestPlatform } from "../../../../../tests/harness.js";
import { placeSlug } from "../slug.js";
import { importPlaces } from "./places-import.service.js";
import { CsvFileError, csvSource, geonamesSource } from "./sources.js";

const dir = mkdtempSync(join(tmpdir(), "cityexchange-places-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("the slug of a place", () => {
  it("is the name without accents and the country, with the GeoNames id for a namesake", () => {
    expect(placeSlug("Kütahya", "TR")).toBe("kutahya-tr");
    expect(placeSlug("Saint-Étienne", "FR")).toBe("saint-etienne-fr");
    expect(placeSlug("Paris", "US", 4717560)).toBe("paris-us-4717560");
    expect(placeSlug("東京", "JP")).toBe("place-jp");
  });
});

describe("reading a CSV file of places", () => {
  it("reports each bad row with its line and the field at fault, and keeps the good ones", async () => {
    const path = csvFile(
      "mixed.csv",
      [
        "geonames_id,name,country,latitude,longitude,population,names_fr",
        "2988507,Paris,FR,48.85341,2.3488,2138551,Paris",
        "1,Nowhere,ZZ,10,10,5,",
        "2,,FR,10,10,5,",
        "3,Pole,FR,95,10,5,",
        "1526384,Almaty,kz,43.25,76.91667,2000900,Almaty",
      ].join("\n"),
    );
    const source = await csvSource(path);
    expect(source.places.map((p) => p.name)).toEqual(["Paris", "Almaty"]);
    expect(source.places[1]).toMatchObject({ country: "KZ", region: "asia", names: { fr: "Almaty" } });
    expect(source.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(source.errors[0].message).toMatch(/^country:/);
    expect(source.errors[1].message).toMatch(/^name:/);
    expect(source.errors[2].message).toMatch(/^latitude:/);
  });

  it("refuses a file that is not CSV at all, importing nothing", async () => {
    const path = csvFile("broken.csv", 'name,country,latitude,longitude\n"Paris,FR,48.8,2.3\n');
    await expect(csvSource(path)).rejects.toBeInstanceOf(CsvFileError);
  });
});

describe.each(engines)("importing places on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
  });
  afterAll(() => platform?.stop());

  const placeBySlug = async (slug: string) =>
    (
      await platform.database.execute(
        "select name, country, region, population, geonames_id, names from places where slug = $1",
        [slug],
      )
    ).rows[0];

  it("loads the most populous GeoNames cities, and a second run adds and changes nothing", async () => {
    const source = geonamesSource(300);
    expect(source.places).toHaveLength(300);
    const first = await importPlaces({ database: platform.database, places: source.places });
    expect(first).toMatchObject({ total: 300, inserted: 300, updated: 0, unchanged: 0 });
    expect(await placeBySlug("tokyo-jp")).toMatchObject({ country: "JP", region: "asia" });
    const again = await importPlaces({ database: platform.database, places: geonamesSource(300).places });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 300 });
  });

  it("gives namesakes in one country stable slugs, the largest keeping the plain one", async () => {
    const path = csvFile(
      "namesakes.csv",
      [
        "geonames_id,name,country,latitude,longitude,population",
        "4951788,Springfield,US,42.1,-72.58,155929",
        "4409896,Springfield,US,37.21,-93.29,166810",
      ].join("\n"),
    );
    await importPlaces({ database: platform.database, places: (await csvSource(path)).places });
    expect(await placeBySlug("springfield-us")).toMatchObject({ geonames_id: 4409896 });
    expect(await placeBySlug("springfield-us-4951788")).toMatchObject({ geonames_id: 4951788 });
    const again = await importPlaces({ database: platform.database, places: (await csvSource(path)).places });
    expect(again).toMatchObject({ inserted: 0, unchanged: 2 });
  });

  it("gives a place added by hand its GeoNames id instead of adding it twice", async () => {
    const byHand = csvFile("by-hand.csv", "name,country,latitude,longitude\nKütahya,TR,39.4,29.9\n");
    expect(
      await importPlaces({ database: platform.database, places: (await csvSource(byHand)).places }),
    ).toMatchObject({ inserted: 1 });
    const geonames = csvFile(
      "kutahya.csv",
      "geonames_id,name,country,latitude,longitude,population,names_es\n305268,Kütahya,TR,39.42417,29.98333,185008,Kütahya\n",
    );
    const report = await importPlaces({
      database: platform.database,
      places: (await csvSource(geonames)).places,
    });
    expect(report).toMatchObject({ inserted: 0, updated: 1 });
    expect(await placeBySlug("kutahya-tr")).toMatchObject({
      geonames_id: 305268,
      population: 185008,
      names: { es: "Kütahya" },
    });
  });

  it("refreshes figures on a new run but keeps a name an editor corrected", async () => {
    await platform.database.execute("update places set name = 'Izmir (edited)' where slug = 'izmir-tr'");
    const path = csvFile(
      "izmir.csv",
      "geonames_id,name,country,latitude,longitude,population\n311046,İzmir,TR,38.41,27.14,2500603\n",
    );
    await importPlaces({ database: platform.database, places: (await csvSource(path)).places });
    await platform.database.execute("update places set name = 'Izmir (edited)' where geonames_id = 311046");
    writeFileSync(
      path,
      "geonames_id,name,country,latitude,longitude,population\n311046,İzmir,TR,38.41,27.14,2600000\n",
    );
    const report = await importPlaces({
      database: platform.database,
      places: (await csvSource(path)).places,
    });
    expect(report).toMatchObject({ inserted: 0, updated: 1 });
    expect(await placeBySlug("izmir-tr")).toMatchObject({ name: "Izmir (edited)", population: 2600000 });
  });

  it("skips a GeoNames id repeated in one file, naming its line", async () => {
    const path = csvFile(
      "repeated.csv",
      "geonames_id,name,country,latitude,longitude,population\n2,Alpha,FR,1,1,20\n2,Beta,FR,1,1,10\n",
    );
    const report = await importPlaces({
      database: platform.database,
      places: (await csvSource(path)).places,
    });
    expect(report.inserted).toBe(1);
    expect(report.skipped).toEqual([{ line: 3, message: "geonames_id: 2 appears twice" }]);
  });
});
