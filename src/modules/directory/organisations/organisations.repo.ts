import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import { organisations } from "./organisations.tables.js";

export type OrganisationRow = typeof organisations.$inferSelect;

export async function selectOrganisationsPage(db: Db, limit: number, offset: number) {
  const rows = await db
    .select({ organisation: organisations, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(organisations)
    .orderBy(asc(sql`coalesce(${organisations.acronym}, ${organisations.slug})`), asc(organisations.id))
    .limit(limit)
    .offset(offset);
  return { organisations: rows.map((r) => r.organisation), total: rows[0]?.total };
}

export async function countOrganisations(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(organisations);
  return row?.n ?? 0;
}

export async function selectOrganisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
  return row;
}

export interface NewOrganisation {
  slug: string;
  acronym: string | null;
  name: Translations;
  description: Translations;
  originalLang: string;
  kind: OrganisationRow["kind"];
  country: string | null;
  website: string | null;
}

export async function insertOrganisation(db: Db, values: NewOrganisation): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  return row;
}
