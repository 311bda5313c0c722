import type { Translations } from "../../../db/columns.js";
import type { NetworkRow, SectionRow } from "./networks.repo.js";
import type { SectionKind } from "./networks.schema.js";

/** A network as pages and the API show it. Texts stay multilingual; the view picks the language. */
export interface NetworkView {
  slug: string;
  acronym: string;
  name: Translations;
  description: Translations;
  originalLang: string;
  website: string | null;
  logo: { path: string; alt: Translations } | null;
  foundedYear: number | null;
}

export interface SectionView {
  slug: string;
  kind: SectionKind;
  name: Translations;
}

export function presentNetwork(row: NetworkRow): NetworkView {
  return {
    slug: row.slug,
    acronym: row.acronym,
    name: row.name,
    description: row.description,
    originalLang: row.originalLang,
    website: row.website,
    logo: row.logoPath ? { path: row.logoPath, alt: row.logoAlt } : null,
    foundedYear: row.foundedYear,
  };
}

export function presentSection(row: Pick<SectionRow, "slug" | "kind" | "name">): SectionView {
  return { slug: row.slug, kind: row.kind, name: row.name };
}
