import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import type { Locale } from "../../../lib/i18n/index.js";
import { matchingIds } from "../../search/index.js";
import { organisations } from "./organisations.tables.js";

export type OrganisationRow = typeof organisations.$inferSelect;

/** A name searched for, matched by the platform's search in the reader's language. */
export type NameSearch = { text: string; locale: Locale };

function matching(search: NameSearch | undefined) {
  return search ? sql`${organisations.id} in ${matchingIds({ ...search, kind: "organisation" })}` : undefined;
}

export async function selectOrganisationsPage(db: Db, limit: number, offset: number, search?: NameSearch) {
  const rows = await db
    .select({ organisation: organisations, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(organisations)
    .where(matching(search))
    .orderBy(asc(sql`coalesce(${organisations.acronym}, ${organisations.slug})`), asc(organisations.id))
    .limit(limit)
    .offset(offset);
  return { organisations: rows.map((r) => r.organisation), total: rows[0]?.total };
}

export async function countOrganisations(db: Db, search?: NameSearch): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(organisations)
    .where(matching(search));
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
