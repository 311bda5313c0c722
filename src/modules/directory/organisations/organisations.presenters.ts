import type { Translations } from "../../../db/columns.js";
import type { OrganisationRow } from "./organisations.repo.js";

export interface OrganisationView {
  slug: string;
  acronym: string | null;
  name: Translations;
  description: Translations;
  originalLang: string;
  kind: OrganisationRow["kind"];
  country: string | null;
  website: string | null;
}

export function presentOrganisation(row: OrganisationRow): OrganisationView {
  return {
    slug: row.slug,
    acronym: row.acronym,
    name: row.name,
    description: row.description,
    originalLang: row.originalLang,
    kind: row.kind,
    country: row.country,
    website: row.website,
  };
}
