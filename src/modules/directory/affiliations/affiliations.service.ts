import type { Db } from "../../../db/client.js";
import { invalidInput } from "../../../lib/errors.js";
import type { Locale, Translate } from "../../../lib/i18n/index.js";
import { searchPlatform } from "../../search/index.js";
import { type OrganisationView, presentOrganisation } from "../organisations/organisations.presenters.js";
import { type PlaceView, presentPlace } from "../places/places.presenters.js";
import * as repo from "./affiliations.repo.js";
import { type AffiliationInput, affiliationLabels } from "./affiliations.schema.js";

export type { AffiliationRole } from "./affiliations.repo.js";

/** One place or organisation a person represents, and their role there. */
export interface AffiliationView {
  id: number;
  role: repo.AffiliationRole;
  place?: PlaceView;
  organisation?: OrganisationView;
}

type Row = Awaited<ReturnType<typeof repo.selectAffiliations>>[number];

function present(row: Row): AffiliationView {
  return {
    id: row.id,
    role: row.role,
    ...(row.place ? { place: presentPlace(row.place) } : {}),
    ...(row.organisation ? { organisation: presentOrganisation(row.organisation) } : {}),
  };
}

/** Each person's affiliations, by person id (people without any are absent). */
export async function listAffiliationsOf({
  db,
  people,
}: {
  db: Db;
  people: number[];
}): Promise<Map<number, AffiliationView[]>> {
  const byPerson = new Map<number, AffiliationView[]>();
  for (const row of await repo.selectAffiliations(db, [...new Set(people)])) {
    byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), present(row)]);
  }
  return byPerson;
}

/** Records that a person represents a place or an organisation; choosing one again changes the role. */
export async function addAffiliation({
  db,
  userId,
  input,
  t,
}: {
  db: Db;
  userId: number;
  input: AffiliationInput;
  t: Translate;
}): Promise<void> {
  if (!(await repo.targetExists(db, input.target))) {
    throw invalidInput({ target: t("form.choice", { field: t(affiliationLabels.target) }) });
  }
  const { kind, id } = input.target;
  const where = kind === "place" ? { placeId: id } : { organisationId: id };
  await repo.upsertAffiliation(db, { userId, role: input.role, ...where });
}

/** Records an affiliation to a place (accepting an invitation), keeping a role already given. */
export async function affiliateToPlace({
  db,
  userId,
  placeId,
  role,
}: {
  db: Db;
  userId: number;
  placeId: number;
  role: repo.AffiliationRole;
}): Promise<void> {
  await repo.upsertAffiliation(db, { userId, placeId, role });
}

/** Ends one of the person's affiliations; false when they have none with this id. */
export async function removeAffiliation({ db, userId, id }: { db: Db; userId: number; id: number }) {
  return repo.deleteAffiliation(db, userId, id);
}

/** A place or organisation found by name, for the person to choose. */
export interface AffiliationChoice {
  value: string;
  title: string;
  summary: string;
}

/** Places and organisations whose names match, through the platform's search (typos forgiven). */
export async function findAffiliationChoices({
  db,
  text,
  locale,
}: {
  db: Db;
  text: string;
  locale: Locale;
}): Promise<AffiliationChoice[]> {
  const found = await searchPlatform({ db, text, locale, limit: 8 });
  return found.groups
    .filter((g) => g.kind === "place" || g.kind === "organisation")
    .flatMap((g) => g.hits.map((h) => ({ value: `${g.kind}:${h.key}`, title: h.title, summary: h.summary })));
}

/**
 * How many different cities (places) these people represent, counted from their affiliations:
 * every figure of "cities represented" comes from here. Without `people`, across everyone.
 */
export async function countCitiesRepresented({ db, people }: { db: Db; people?: number[] }): Promise<number> {
  return repo.countAffiliatedPlaces(db, people && [...new Set(people)]);
}
