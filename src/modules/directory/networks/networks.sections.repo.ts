import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
// Counting the memberships that use a section reads the memberships table.
import { memberships } from "../memberships/memberships.tables.js";
import type { SectionRow } from "./networks.repo.js";
import { networkSections } from "./networks.tables.js";

type SectionValues = { slug: string; kind: SectionRow["kind"]; name: Translations };

/** The network's sections with how many memberships (current or ended) use each. */
export async function selectSectionsWithUse(db: Db, networkId: number) {
  const rows = await db
    .select({ section: networkSections, used: count(memberships.id) })
    .from(networkSections)
    .leftJoin(memberships, eq(memberships.sectionId, networkSections.id))
    .where(eq(networkSections.networkId, networkId))
    .groupBy(networkSections.id)
    .orderBy(asc(networkSections.position), asc(networkSections.id));
  return rows.map((r) => ({ section: r.section, used: Number(r.used) }));
}

export async function selectSection(db: Db, networkId: number, id: number): Promise<SectionRow | undefined> {
  const [row] = await db
    .select()
    .from(networkSections)
    .where(and(eq(networkSections.networkId, networkId), eq(networkSections.id, id)));
  return row;
}

/**
 * The section, locked until the transaction ends. The lock also holds back a membership being given
 * this section meanwhile (its foreign key check waits), so a removal never leaves one behind.
 */
export async function selectSectionForUpdate(db: Db, networkId: number, id: number) {
  const [row] = await db
    .select()
    .from(networkSections)
    .where(and(eq(networkSections.networkId, networkId), eq(networkSections.id, id)))
    .for("update");
  return row;
}

/** A new section, last in order; nothing when the network already has one of that address name. */
export async function insertSectionIfNew(
  db: Db,
  networkId: number,
  values: SectionValues,
): Promise<SectionRow | undefined> {
  const [row] = await db
    .insert(networkSections)
    .values({
      networkId,
      ...values,
      position: sql`(select coalesce(max(${networkSections.position}), 0) + 1 from ${networkSections} where ${networkSections.networkId} = ${networkId})`,
    })
    .onConflictDoNothing({ target: [networkSections.networkId, networkSections.slug] })
    .returning();
  return row;
}

/** Renames a section; nothing when another section of the network has that address name. */
export async function updateSectionIfFree(
  db: Db,
  id: number,
  values: SectionValues,
): Promise<SectionRow | undefined> {
  const [row] = await db
    .update(networkSections)
    .set(values)
    .where(
      and(
        eq(networkSections.id, id),
        sql`not exists (select 1 from ${networkSections} other where other.network_id = ${networkSections.networkId} and other.slug = ${values.slug} and other.id <> ${id})`,
      ),
    )
    .returning();
  return row;
}

export async function countSectionUse(db: Db, id: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.sectionId, id));
  return Number(row?.n ?? 0);
}

export async function deleteSection(db: Db, id: number): Promise<void> {
  await db.delete(networkSections).where(eq(networkSections.id, id));
}
