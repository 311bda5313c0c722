import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Locale } from "../../lib/i18n/index.js";
import type { SearchDocument } from "../../lib/search.js";
import { searchDocuments } from "./search.tables.js";

const rowsPerStatement = 500;

function values(doc: SearchDocument) {
  return {
    kind: doc.kind,
    key: doc.key,
    visibility: doc.visibility,
    lang: doc.lang,
    url: doc.url,
    title: doc.title,
    summary: doc.summary,
    names: doc.names.join("\n"),
    networkIds: doc.networkIds ?? [],
  };
}

/** Writes documents, replacing any with the same kind and key. */
export async function upsertDocuments(db: Db, docs: SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += rowsPerStatement) {
    await db
      .insert(searchDocuments)
      .values(docs.slice(i, i + rowsPerStatement).map(values))
      .onConflictDoUpdate({
        target: [searchDocuments.kind, searchDocuments.key],
        set: {
          visibility: sql`excluded.visibility`,
          lang: sql`excluded.lang`,
          url: sql`excluded.url`,
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          names: sql`excluded.names`,
          networkIds: sql`excluded.network_ids`,
          updatedAt: sql`now()`,
        },
      });
  }
}

export async function deleteDocuments(db: Db, kind: string, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.kind, kind), inArray(searchDocuments.key, keys)));
}

export async function deleteKinds(db: Db, kinds: string[]): Promise<void> {
  if (kinds.length === 0) return;
  await db.delete(searchDocuments).where(inArray(searchDocuments.kind, kinds));
}

/**
 * Index lookups take names at pg_trgm's default thresholds (word similarity 0.6, similarity 0.3);
 * of the latter, only those this close to the query are kept: "kutaya" for Kütahya (0.57),
 * not "parma" for Paris (0.5).
 */
const typoSimilarity = 0.55;

const configs = { en: "english", fr: "french", es: "spanish" } as const;

export interface SearchQuery {
  text: string;
  locale: Locale;
  /**
   * "grouped": each kind's first `limit` rows; "kind": rows `offset` to `offset + limit` of `kind`;
   * "merged": rows `offset` to `offset + limit` of all kinds ranked together. In the last two,
   * every other kind gives its first row, for its count.
   */
  mode: "grouped" | "kind" | "merged";
  kind?: string;
  networkId?: number;
  offset: number;
  limit: number;
}

export interface SearchRow {
  kind: string;
  key: string;
  url: Record<string, string>;
  title: Record<string, string>;
  summary: Record<string, string>;
  lang: string;
  tier: number;
  similarity: number;
  rank: number;
  /** Position within its kind, from 1. */
  n: number;
  /** Position among all kinds, from 1. */
  g: number;
  total: number;
}

/**
 * Ranked matches, grouped by kind, in one statement: for each kind its count and the rows from
 * `offset` to `offset + limit` (for `kind`), or its first `limit` rows (no kind given); with a
 * kind, the other kinds give one row each, for their count. Order: a name equal to the query, a
 * name starting with it, a word of a name starting with it, then name similarity (typos), then
 * full-text rank in the reader's language. Only public documents are ever read.
 */
export async function selectMatches(db: Db, q: SearchQuery): Promise<SearchRow[]> {
  const config = sql.raw(`'${configs[q.locale]}'::regconfig`);
  const tsv = { en: searchDocuments.tsvEn, fr: searchDocuments.tsvFr, es: searchDocuments.tsvEs }[q.locale];
  // The query folded like the names are; its LIKE-escaped form for the patterns.
  const key = sql`cx_unaccent(lower(${q.text}))`;
  const escaped = sql`replace(replace(replace(${key}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
  const tsquery = sql`websearch_to_tsquery(${config}, cx_unaccent(${q.text}))`;
  const nameKey = searchDocuments.nameKey;
  const filters: SQL[] = [sql`${searchDocuments.visibility} = 'public'`];
  if (q.networkId !== undefined)
    filters.push(sql`${searchDocuments.networkIds} @> array[${q.networkId}]::integer[]`);
  const end = q.offset + q.limit;
  const page = {
    grouped: sql`n <= ${q.limit}`,
    kind: sql`(kind = ${q.kind ?? ""} and n > ${q.offset} and n <= ${end}) or n = 1`,
    merged: sql`(g > ${q.offset} and g <= ${end}) or n = 1`,
  }[q.mode];
  const result = await db.execute(sql`
    with m as (
      select kind, key, url, title, summary, lang,
        case
          when (chr(10) || ${nameKey} || chr(10)) like ('%' || chr(10) || ${escaped} || chr(10) || '%') then 3
          when (chr(10) || ${nameKey}) like ('%' || chr(10) || ${escaped} || '%') then 2
          when (' ' || translate(${nameKey}, chr(10) || '-''', '   ')) like ('% ' || ${escaped} || '%') then 1
          else 0
        end as tier,
        word_similarity(${key}, ${nameKey}) as similarity,
        ts_rank(${tsv}, ${tsquery}) as rank,
        lower(coalesce(title ->> ${q.locale}, title ->> lang)) as sort
      from ${searchDocuments}
      where ${and(...filters)}
        and (${nameKey} like ('%' || ${escaped} || '%')
          or ${key} <% ${nameKey}
          or (${nameKey} % ${key} and word_similarity(${key}, ${nameKey}) >= ${typoSimilarity})
          or ${tsv} @@ ${tsquery})
    ),
    r as (
      select *,
        row_number() over (partition by kind order by tier desc, similarity desc, rank desc, sort, key) as n,
        count(*) over (partition by kind) as total,
        row_number() over (order by tier desc, similarity desc, rank desc, sort, kind, key) as g
      from m
    )
    select kind, key, url, title, summary, lang, tier, similarity, rank, n, total, g
    from r where ${page}
    order by g`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    kind: String(r.kind),
    key: String(r.key),
    url: r.url as Record<string, string>,
    title: r.title as Record<string, string>,
    summary: r.summary as Record<string, string>,
    lang: String(r.lang),
    tier: Number(r.tier),
    similarity: Number(r.similarity),
    rank: Number(r.rank),
    n: Number(r.n),
    g: Number(r.g),
    total: Number(r.total),
  }));
}
