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

/**
 * Shorter queries (folded) match only the beginning of a thing's first name, through the prefix
 * index: a substring or trigram of one or two letters is in most names, and no index narrows it.
 */
export const minSubstringLength = 3;

/** Each kind ranks at most this many candidates (more when a page further on is asked for). */
const candidatesPerKind = 200;

/** Counts stop here: "more than 1,000" is all a reader needs, and counting further costs. */
export const countLimit = 1000;

/** Names and texts found fewer than this: typos are looked for too. */
const fewForTypos = 5;

/** The prefix index's expression (migration 0011): the first name's beginning, compared bytewise. */
const prefixLength = 64;

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
  /** The kind's matches, counted up to `countLimit`; `more` when there are more than that. */
  total: number;
  more: boolean;
}

/** Folds as `cx_unaccent(lower())` does, near enough to tell a short query from a longer one. */
export function foldedLength(text: string): number {
  return [...text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")].length;
}

/**
 * What a search for `text` asks of a document (`alias` names its row): one way to match, for the
 * ranked search and for the lists other modules narrow with it (`matchingIds`).
 */
function matchConditions(text: string, locale: Locale, alias: string) {
  const column = (name: string) => sql.raw(`${alias}.${name}`);
  const config = sql.raw(`'${configs[locale]}'::regconfig`);
  const tsv = column(`tsv_${locale}`);
  const nameKey = column("name_key");
  const short = foldedLength(text) < minSubstringLength;
  // The query folded like the names are; its LIKE-escaped form for the patterns.
  const key = sql`cx_unaccent(lower(${text}))`;
  const escaped = sql`replace(replace(replace(${key}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
  const tsquery = sql`websearch_to_tsquery(${config}, cx_unaccent(${text}))`;
  const prefix = sql.raw(`left(${alias}.name_key, ${prefixLength}) collate "C"`);
  const byPrefix = sql`starts_with(${prefix}, ${key})`;
  const byNameOrText = short
    ? byPrefix
    : sql`(${nameKey} like ('%' || ${escaped} || '%') or ${tsv} @@ ${tsquery})`;
  const byTypo = sql`(${key} <% ${nameKey}
    or (${nameKey} % ${key} and word_similarity(${key}, ${nameKey}) >= ${typoSimilarity}))`;
  return { tsv, short, key, escaped, tsquery, prefix, byPrefix, byNameOrText, byTypo };
}

/**
 * The ids of the public documents of one kind that a search for `text` finds, as a subquery: for a
 * module whose documents are keyed by its rows' ids to narrow its own lists with the search's
 * matching (`id in (...)`) beside its other filters, in its own order and pages. As in the ranked
 * search, typos are looked for only when names and texts match few (of this kind).
 */
export function matchingIds({ text, locale, kind }: { text: string; locale: Locale; kind: string }): SQL {
  const found = matchConditions(text, locale, "d");
  const few = matchConditions(text, locale, "f");
  const ofKind = (alias: string) =>
    sql`${sql.raw(alias)}.kind = ${kind} and ${sql.raw(alias)}.visibility = 'public'`;
  const typos = found.short
    ? sql``
    : sql`union all
      select (d.key)::integer from search_documents d
      where ${ofKind("d")} and ${found.byTypo} and not ${found.byNameOrText}
        and (select count(*) from (select 1 from search_documents f
          where ${ofKind("f")} and ${few.byNameOrText} limit ${fewForTypos}) as x) < ${fewForTypos}`;
  return sql`(select (d.key)::integer from search_documents d where ${ofKind("d")} and ${found.byNameOrText}
    ${typos})`;
}

/**
 * Ranked matches, grouped by kind, in one statement: for each kind its count and the rows from
 * `offset` to `offset + limit` (for `kind`), or its first `limit` rows (no kind given); with a
 * kind, the other kinds give one row each, for their count. Order: a name equal to the query, a
 * name starting with it, a word of a name starting with it, then name similarity (typos), then
 * full-text rank in the reader's language. Only public documents are ever read.
 *
 * Bounded whatever the query: each kind's candidates are taken through indexes (its first names
 * in order from the prefix index, then other name and text matches) and only they are ranked;
 * counts stop after `countLimit`; typos are looked for only when names and texts match few.
 */
export async function selectMatches(db: Db, q: SearchQuery): Promise<SearchRow[]> {
  const { tsv, short, key, escaped, tsquery, prefix, byPrefix, byNameOrText, byTypo } = matchConditions(
    q.text,
    q.locale,
    "d",
  );
  const filters: SQL[] = [sql`d.visibility = 'public'`];
  if (q.networkId !== undefined) filters.push(sql`d.network_ids @> array[${q.networkId}]::integer[]`);
  const where = sql.join(filters, sql` and `);
  const end = q.offset + q.limit;
  const wanted = Math.max(candidatesPerKind, end);
  const page = {
    grouped: sql`n <= ${q.limit}`,
    kind: sql`(kind = ${q.kind ?? ""} and n > ${q.offset} and n <= ${end}) or n = 1`,
    merged: sql`(g > ${q.offset} and g <= ${end}) or n = 1`,
  }[q.mode];
  const result = await db.execute(sql`
    with recursive kinds as (
      (select kind from search_documents order by kind limit 1)
      union all
      select (select d.kind from search_documents d where d.kind > kinds.kind order by d.kind limit 1)
      from kinds where kinds.kind is not null
    ),
    counted as materialized (
      select k.kind, c.found
      from kinds k cross join lateral (
        select count(*)::int as found from (
          select 1 from search_documents d
          where d.kind = k.kind and ${where} and ${byNameOrText}
          limit ${countLimit + 1}
        ) x
      ) c
      where k.kind is not null
    ),
    candidates as materialized (
      select c.id
      from counted k cross join lateral (
        (select d.ctid as id from search_documents d
          where d.kind = k.kind and ${where} and ${byPrefix}
          order by ${prefix} limit ${wanted})
        union
        (select d.ctid from search_documents d
          where d.kind = k.kind and ${where} and ${byNameOrText}
          limit ${wanted})
      ) c
      where k.found > 0
    ),
    -- Not bounded by a limit, which would have the planner scan the table for the first rows.
    typos as materialized (
      select d.ctid as id, d.kind from search_documents d
      where ${!short} and (select coalesce(sum(found), 0) from counted) < ${fewForTypos}
        and ${where} and ${byTypo} and not ${byNameOrText}
    ),
    typos_counted as (select kind, count(*)::int as found from typos group by kind),
    -- The candidates' rows, read by their addresses.
    m as (
      select d.kind, d.key, d.url, d.title, d.summary, d.lang,
        case
          when (chr(10) || d.name_key || chr(10)) like ('%' || chr(10) || ${escaped} || chr(10) || '%') then 3
          when (chr(10) || d.name_key) like ('%' || chr(10) || ${escaped} || '%') then 2
          when (' ' || translate(d.name_key, chr(10) || '-''', '   ')) like ('% ' || ${escaped} || '%') then 1
          else 0
        end as tier,
        word_similarity(${key}, d.name_key) as similarity,
        ts_rank(${tsv}, ${tsquery}) as rank,
        lower(coalesce(d.title ->> ${q.locale}, d.title ->> d.lang)) as sort
      from search_documents d
      where d.ctid = any(array(select id from candidates union select id from typos))
    ),
    r as (
      select m.*,
        row_number() over (partition by m.kind order by tier desc, similarity desc, rank desc, sort, key) as n,
        row_number() over (order by tier desc, similarity desc, rank desc, sort, m.kind, key) as g,
        coalesce(k.found, 0) + coalesce(t.found, 0) as found
      from m left join counted k on k.kind = m.kind left join typos_counted t on t.kind = m.kind
    )
    select kind, key, url, title, summary, lang, tier, similarity, rank, n, g, found
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
    total: Math.min(Number(r.found), countLimit),
    more: Number(r.found) > countLimit,
  }));
}
