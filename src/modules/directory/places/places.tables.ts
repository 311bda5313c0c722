import { type SQL, sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, translations, updatedAt } from "../../../db/columns.js";

/** Accented Latin letters and the plain letters they sort with (after lower-casing). */
const lowerAccented = "àáâãäåāăąçćĉčďèéêëēěęğģìíîïīıķĺļľłñńņňòóôõöøōőŕřśŝşšţťùúûüūůűųýÿźżž";
// Capitals too: under a "C" character type, lower() leaves non-ASCII letters as they are.
const upperAccented = "ÀÁÂÃÄÅĀĂĄÇĆĈČĎÈÉÊËĒĚĘĞĢÌÍÎÏĪİĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŐŔŘŚŜŞŠŢŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";
const accented = lowerAccented + upperAccented;
const undecomposed: Record<string, string> = { ı: "i", ł: "l", ø: "o", İ: "i", Ł: "l", Ø: "o" };
const plain = [...accented]
  .map((c) => undecomposed[c] ?? (c.normalize("NFD")[0] ?? c).toLowerCase())
  .join("");

/**
 * The key a place sorts by for readers of `lang`: the name they see (its translation, else its
 * own name), lower-cased and without accents, so "Évora" sits among the e's and "Pékin" among the p's.
 */
function sortKey(lang: "en" | "fr" | "es") {
  return sql.raw(`translate(lower(coalesce("names" ->> '${lang}', "name")), '${accented}', '${plain}')`);
}

const foldExpression = (value: string) =>
  `btrim(regexp_replace(translate(lower(${value}), '${accented}', '${plain}'), '[[:space:][:punct:]]+', ' ', 'g'))`;

/**
 * A name as duplicates are told apart: lower-cased, without accents, punctuation as spaces
 * ("Saint-Étienne" and "saint etienne" are one name). The same expression as `places.name_key`.
 */
export function foldedName(value: string | SQL): SQL {
  return sql`btrim(regexp_replace(translate(lower(${value}), ${accented}, ${plain}), '[[:space:][:punct:]]+', ' ', 'g'))`;
}

export const places = pgTable(
  "places",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    kind: text("kind", { enum: ["city", "region", "local_government"] })
      .notNull()
      .default("city"),
    /** The name in the place's own usage; `names` holds translations. */
    name: text("name").notNull(),
    names: translations("names"),
    country: text("country").notNull(),
    /** World region code (africa, americas, asia, europe, oceania), derived from the country. */
    region: text("region").notNull(),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    population: integer("population"),
    geonamesId: integer("geonames_id").unique(),
    sortEn: text("sort_en").generatedAlwaysAs(sortKey("en")),
    sortFr: text("sort_fr").generatedAlwaysAs(sortKey("fr")),
    sortEs: text("sort_es").generatedAlwaysAs(sortKey("es")),
    nameKey: text("name_key").generatedAlwaysAs(sql.raw(foldExpression(`"name"`))),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("places_sort_en_idx").on(t.sortEn, t.id),
    index("places_sort_fr_idx").on(t.sortFr, t.id),
    index("places_sort_es_idx").on(t.sortEs, t.id),
    // A country's places page by page: a range of one index, however few of the places are there.
    index("places_country_sort_en_idx").on(t.country, t.sortEn, t.id),
    index("places_country_sort_fr_idx").on(t.country, t.sortFr, t.id),
    index("places_country_sort_es_idx").on(t.country, t.sortEs, t.id),
    index("places_country_idx").on(t.country, t.name),
    index("places_region_idx").on(t.region, t.name),
    index("places_name_idx").on(t.name, t.id),
    // One place of a name per country among those added by hand or from a CSV file; GeoNames has
    // true namesakes (five Parises in the United States), told apart by their GeoNames id.
    uniqueIndex("places_country_name_key_idx").on(t.country, t.nameKey).where(sql`${t.geonamesId} is null`),
    check("places_kind", sql`${t.kind} in ('city', 'region', 'local_government')`),
    check("places_country_code", sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);
