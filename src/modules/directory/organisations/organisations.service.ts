import type { Db } from "../../../db/client.js";
import { conflict, notFound } from "../../../lib/errors.js";
import { indexOrganisations } from "../directory.search.js";
import { type OrganisationView, presentOrganisation } from "./organisations.presenters.js";
import {
  countOrganisations,
  insertOrganisation,
  type NameSearch,
  selectOrganisationBySlug,
  selectOrganisationsPage,
} from "./organisations.repo.js";
import { type OrganisationInput, organisationInputSchema } from "./organisations.schema.js";

export const organisationsPerPage = 50;

export interface OrganisationList {
  organisations: OrganisationView[];
  total: number;
  page: number;
  pages: number;
  perPage: number;
}

/** A page of organisations by acronym; with `search`, those whose name matches it (the platform's search). */
export async function listOrganisations({
  db,
  page,
  search,
  perPage = organisationsPerPage,
}: {
  db: Db;
  page: number;
  search?: NameSearch;
  perPage?: number;
}): Promise<OrganisationList> {
  const result = await selectOrganisationsPage(db, perPage, (page - 1) * perPage, search);
  const total = result.total ?? (page > 1 ? await countOrganisations(db, search) : 0);
  return {
    organisations: result.organisations.map(presentOrganisation),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / perPage)),
    perPage,
  };
}

export async function getOrganisationBySlug({
  db,
  slug,
}: {
  db: Db;
  slug: string;
}): Promise<OrganisationView> {
  const row = await selectOrganisationBySlug(db, slug);
  if (!row) throw notFound();
  return presentOrganisation(row);
}

export async function createOrganisation({
  db,
  input,
}: {
  db: Db;
  input: OrganisationInput;
}): Promise<OrganisationView> {
  const data = organisationInputSchema.parse(input);
  if (await selectOrganisationBySlug(db, data.slug)) throw conflict();
  return db.transaction(async (tx) => {
    const row = await insertOrganisation(tx, {
      ...data,
      acronym: data.acronym ?? null,
      country: data.country ?? null,
      website: data.website ?? null,
    });
    await indexOrganisations({ db: tx, ids: [row.id] });
    return presentOrganisation(row);
  });
}
