import { type SQL, sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { translations, updatedAt } from "../../db/columns.js";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A language's full-text vector: the title weighs more than the summary; each falls back to the
 * document's original language when it has no translation. `cx_unaccent` (migration 0004) is
 * unaccent declared immutable, so it may compute a stored column.
 */
function vector(config: "english" | "french" | "spanish", lang: "en" | "fr" | "es"): SQL {
  const text = (column: string) =>
    `cx_unaccent(coalesce("${column}" ->> '${lang}', "${column}" ->> "lang", ''))`;
  return sql.raw(
    `setweight(to_tsvector('${config}'::regconfig, ${text("title")}), 'A') || ` +
      `setweight(to_tsvector('${config}'::regconfig, ${text("summary")}), 'B')`,
  );
}

/**
 * The platform's search index: one row per public thing a module shows (a place, a network...),
 * written by the module that owns the thing, in the transaction that changes it.
 */
export const searchDocuments = pgTable(
  "search_documents",
  {
    /** What the document is ("place", "network"...): declared by its module's manifest. */
    kind: text("kind").notNull(),
    /** The thing's stable key within its kind (its id or slug). */
    key: text("key").notNull(),
    /** The networks the thing belongs to, to search within one network. */
    networkIds: integer("network_ids").array().notNull().default(sql`'{}'::integer[]`),
    /** Only public documents are ever found; a private one is kept so that it can turn public again. */
    visibility: text("visibility", { enum: ["public", "private"] })
      .notNull()
      .default("public"),
    /** The language titles and summaries fall back to. */
    lang: text("lang").notNull().default("en"),
    url: translations("url"),
    title: translations("title"),
    summary: translations("summary"),
    /** Every name the thing is known by (each language, acronyms), one per line. */
    names: text("names").notNull().default(""),
    /** The names lower-cased and unaccented: exact, prefix and trigram matches. */
    nameKey: text("name_key").generatedAlwaysAs(sql.raw(`cx_unaccent(lower("names"))`)),
    tsvEn: tsvector("tsv_en").generatedAlwaysAs(vector("english", "en")),
    tsvFr: tsvector("tsv_fr").generatedAlwaysAs(vector("french", "fr")),
    tsvEs: tsvector("tsv_es").generatedAlwaysAs(vector("spanish", "es")),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.key] }),
    // fastupdate off: entries go into the index at once, never into a pending list that every
    // search would read in full (PGlite runs no autovacuum to flush it); see migration 0007.
    index("search_documents_name_trgm_idx")
      .using("gin", sql`${t.nameKey} gin_trgm_ops`)
      .with({ fastupdate: false }),
    index("search_documents_tsv_en_idx").using("gin", t.tsvEn).with({ fastupdate: false }),
    index("search_documents_tsv_fr_idx").using("gin", t.tsvFr).with({ fastupdate: false }),
    index("search_documents_tsv_es_idx").using("gin", t.tsvEs).with({ fastupdate: false }),
    // A public document's first name, its beginning compared bytewise: short queries ("a", "pa")
    // take each kind's names starting with them in order, and stop (see search.repo.ts).
    index("search_documents_name_prefix_idx")
      .on(t.kind, sql`left(${t.nameKey}, 64) collate "C"`)
      .where(sql`${t.visibility} = 'public'`),
    index("search_documents_networks_idx").using("gin", t.networkIds).with({ fastupdate: false }),
    check("search_documents_visibility", sql`${t.visibility} in ('public', 'private')`),
  ],
);

/**
 * Which version of each kind's documents the index holds (a source's `version`, written by every
 * full rebuild): a kind missing or behind the code's is rebuilt in the background at start.
 */
export const searchIndexVersions = pgTable("search_index_versions", {
  kind: text("kind").primaryKey(),
  version: integer("version").notNull(),
  indexedAt: timestamp("indexed_at", { withTimezone: true }).notNull().defaultNow(),
});
