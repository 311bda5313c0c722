import type { Db } from "../db/client.js";

/** Text in each language the platform speaks, keyed by language code. */
export type LocalisedText = Partial<Record<"en" | "fr" | "es", string>>;

/**
 * One thing a module makes findable. The search module stores it; the owning module writes it
 * (through the search module's `indexDocuments`) in the transaction that changes the thing.
 */
export interface SearchDocument {
  /** One of the kinds the module declares in its manifest. */
  kind: string;
  /** Stable within the kind: the thing's id or slug. */
  key: string;
  /** Only public documents are ever found. */
  visibility: "public" | "private";
  /** The language `title` and `summary` fall back to when a translation is missing. */
  lang: string;
  /** Where the thing is read, per language ("/fr/places/paris-fr"). */
  url: LocalisedText;
  title: LocalisedText;
  summary: LocalisedText;
  /** Every name the thing is known by: each language's name, acronyms, former names. */
  names: string[];
  /** Networks the thing belongs to, to search within one. */
  networkIds?: number[];
}

/** A module's part in search: the kinds it indexes and, for a full reindex, all of its documents. */
/** The plural label of a kind a module declares ("Places"), in that module's catalogue. */
export function searchKindLabel(kind: string): string {
  return `search.kind.${kind}`;
}

export interface SearchSource {
  /** The kinds it writes; each has its plural label as `search.kind.<kind>` in the module's catalogue. */
  kinds: string[];
  /**
   * The shape of its documents (1 when absent). Raise it when what the module writes changes (a
   * name or a field added): at the next start the platform rebuilds these kinds once, in the
   * background, as it does for a database whose index was never built.
   */
  version?: number;
  /** Yields every document of these kinds, in batches, public and private alike. */
  documents(options: { db: Db }): AsyncIterable<SearchDocument[]>;
}
