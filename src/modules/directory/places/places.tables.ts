import { sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, pgTable, text } from "drizzle-orm/pg-core";
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
    check("places_kind", sql`${t.kind} in ('city', 'region', 'local_government')`),
    check("places_country_code", sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);
