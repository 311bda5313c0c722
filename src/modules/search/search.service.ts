import type { Db } from "../../db/client.js";
import { type Locale, pickTranslation } from "../../lib/i18n/index.js";
import type { SearchDocument } from "../../lib/search.js";
import { deleteDocuments, type SearchRow, selectMatches, upsertDocuments } from "./search.repo.js";

/** A found thing, in the reader's language (or its original when not translated). */
export interface SearchHit {
  kind: string;
  key: string;
  url: string;
  title: string;
  summary: string;
  /** The language title and summary are in. */
  lang: string;
  translated: boolean;
}

export interface SearchGroup {
  kind: string;
  /** Counted up to 1,000; `more` when there are more. */
  total: number;
  more: boolean;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  /** Every kind that matched, best first, with its count and the hits asked of it. */
  groups: SearchGroup[];
  /** All kinds' hits ranked together: filled when no group is asked for (`merged`). */
  hits: SearchHit[];
  /** All kinds' counts added up; `more` when one of them stopped counting. */
  total: number;
  more: boolean;
}

function present(row: SearchRow, locale: Locale): SearchHit {
  const title = pickTranslation(row.title, locale, row.lang);
  const summary = pickTranslation(row.summary, locale, title.lang);
  return {
    kind: row.kind,
    key: row.key,
    url: row.url[locale] ?? row.url[row.lang] ?? Object.values(row.url)[0] ?? "/",
    title: title.text,
    summary: summary.text,
    lang: title.lang,
    translated: title.translated,
  };
}

/**
 * Searches every public document in one statement. By default each group holds its kind's best
 * `limit` hits; with `kind`, only that group has hits (`limit` of them after `offset`); with
 * `merged`, `hits` holds all kinds ranked together (`limit` after `offset`) and groups only count.
 * Groups come best match first. An empty query finds nothing.
 */
export async function searchPlatform({
  db,
  text,
  locale,
  kind,
  merged = false,
  networkId,
  offset = 0,
  limit = 5,
}: {
  db: Db;
  text: string;
  locale: Locale;
  kind?: string;
  merged?: boolean;
  networkId?: number;
  offset?: number;
  limit?: number;
}): Promise<SearchResults> {
  const query = text.trim();
  if (!query) return { query, groups: [], hits: [], total: 0, more: false };
  const mode = kind !== undefined ? "kind" : merged ? "merged" : "grouped";
  const rows = await selectMatches(db, { text: query, locale, mode, kind, networkId, offset, limit });
  const groups = new Map<string, SearchGroup>();
  const hits: SearchHit[] = [];
  // Rows come in overall rank order: a kind's first row decides where its group stands.
  for (const row of rows) {
    const group = groups.get(row.kind) ?? { kind: row.kind, total: row.total, more: row.more, hits: [] };
    groups.set(row.kind, group);
    if (mode === "grouped" || (mode === "kind" && row.kind === kind && row.n > offset)) {
      group.hits.push(present(row, locale));
    }
    if (mode === "merged" && row.g > offset && row.g <= offset + limit) hits.push(present(row, locale));
  }
  const sorted = [...groups.values()];
  return {
    query,
    groups: sorted,
    hits,
    total: sorted.reduce((sum, g) => sum + g.total, 0),
    more: sorted.some((g) => g.more),
  };
}

/** Adds or replaces documents: call it in the transaction that writes what they describe. */
export async function indexDocuments({
  db,
  documents,
}: {
  db: Db;
  documents: SearchDocument[];
}): Promise<void> {
  await upsertDocuments(db, documents);
}

/** Forgets documents: call it in the transaction that deletes what they describe. */
export async function removeDocuments({
  db,
  kind,
  keys,
}: {
  db: Db;
  kind: string;
  keys: string[];
}): Promise<void> {
  await deleteDocuments(db, kind, keys);
}
