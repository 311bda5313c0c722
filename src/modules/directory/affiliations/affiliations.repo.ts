import { and, countDistinct, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { organisations } from "../organisations/organisations.tables.js";
import { places } from "../places/places.tables.js";
import { affiliations } from "./affiliations.tables.js";

export type AffiliationRole = (typeof affiliations.$inferSelect)["role"];

/** The affiliations of these people, with the place or organisation each names. */
export async function selectAffiliations(db: Db, userIds: number[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      id: affiliations.id,
      userId: affiliations.userId,
      role: affiliations.role,
      place: places,
      organisation: organisations,
    })
    .from(affiliations)
    .leftJoin(places, eq(places.id, affiliations.placeId))
    .leftJoin(organisations, eq(organisations.id, affiliations.organisationId))
    .where(inArray(affiliations.userId, userIds))
    .orderBy(affiliations.userId, affiliations.id);
}

/** Records an affiliation; the same place or organisation again only changes the role. */
export async function upsertAffiliation(
  db: Db,
  values: { userId: number; role: AffiliationRole } & ({ placeId: number } | { organisationId: number }),
): Promise<void> {
  const target =
    "placeId" in values
      ? [affiliations.userId, affiliations.placeId]
      : [affiliations.userId, affiliations.organisationId];
  await db
    .insert(affiliations)
    .values(values)
    .onConflictDoUpdate({ target, set: { role: values.role } });
}

/** Removes one of the person's affiliations; false when they have none with this id. */
export async function deleteAffiliation(db: Db, userId: number, id: number): Promise<boolean> {
  const gone = await db
    .delete(affiliations)
    .where(and(eq(affiliations.id, id), eq(affiliations.userId, userId)))
    .returning({ id: affiliations.id });
  return gone.length > 0;
}

/** Whether the place or organisation an affiliation would name exists. */
export async function targetExists(db: Db, target: { kind: "place" | "organisation"; id: number }) {
  const table = target.kind === "place" ? places : organisations;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.id, target.id)).limit(1);
  return row !== undefined;
}

/** How many different places these people (or everyone, without `userIds`) are affiliated to. */
export async function countAffiliatedPlaces(db: Db, userIds?: number[]): Promise<number> {
  if (userIds?.length === 0) return 0;
  const [row] = await db
    .select({ n: countDistinct(affiliations.placeId) })
    .from(affiliations)
    .where(and(isNotNull(affiliations.placeId), userIds ? inArray(affiliations.userId, userIds) : undefined));
  return Number(row?.n ?? 0);
}
