import type { Translations } from "../../../db/columns.js";
import { fileUrl } from "../../files/index.js";
import type { NetworkRow, SectionRow } from "./networks.repo.js";
import type { SectionKind } from "./networks.schema.js";

/** A network as pages and the API show it. Texts stay multilingual; the view picks the language. */
export interface NetworkView {
  slug: string;
  acronym: string;
  /** The acronym in the languages where it differs from `acronym`. */
  acronyms: Translations;
  name: Translations;
  /** The article each language's name takes in a sentence (lib/i18n/names.ts). */
  articles: Translations;
  description: Translations;
  originalLang: string;
  website: string | null;
  /** `srcset`, `width` and `height` come with an uploaded logo; an address given by hand has none. */
  logo: { path: string; alt: Translations; srcset?: string; width?: number; height?: number } | null;
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
    acronyms: row.acronyms,
    name: row.name,
    articles: row.articles,
    description: row.description,
    originalLang: row.originalLang,
    website: row.website,
    logo: presentLogo(row),
    foundedYear: row.foundedYear,
  };
}

function presentLogo(row: NetworkRow): NetworkView["logo"] {
  const variants = row.logoImage?.variants ?? [];
  if (variants.length > 0) {
    // Shown 160 pixels wide at most: the 160 copy, or the 320 one on a sharp screen.
    const shown = variants[0];
    return {
      path: fileUrl(shown.key),
      alt: row.logoAlt,
      srcset: variants.map((v) => `${fileUrl(v.key)} ${v.width}w`).join(", "),
      width: shown.width,
      height: shown.height,
    };
  }
  return row.logoPath ? { path: row.logoPath, alt: row.logoAlt } : null;
}

export function presentSection(row: Pick<SectionRow, "slug" | "kind" | "name">): SectionView {
  return { slug: row.slug, kind: row.kind, name: row.name };
}
