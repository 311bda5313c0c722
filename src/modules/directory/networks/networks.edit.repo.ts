import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Translations } from "../../../db/columns.js";
import type { NetworkRow } from "./networks.repo.js";
import { networks } from "./networks.tables.js";

/** The network, locked until the transaction ends: the history's "before" is what was replaced. */
export async function selectNetworkForUpdate(db: Db, id: number): Promise<NetworkRow | undefined> {
  const [row] = await db.select().from(networks).where(eq(networks.id, id)).for("update");
  return row;
}

export async function updateNetwork(
  db: Db,
  id: number,
  values: Partial<{
    acronym: string;
    acronyms: Translations;
    name: Translations;
    articles: Translations;
    description: Translations;
    website: string | null;
    logoAlt: Translations;
    logoImage: NetworkRow["logoImage"];
  }>,
): Promise<NetworkRow> {
  const [row] = await db
    .update(networks)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(networks.id, id))
    .returning();
  return row;
}

/** A new network; nothing when the slug is taken (the unique index settles two admins at once). */
export async function insertNetworkIfNew(
  db: Db,
  values: {
    slug: string;
    acronym: string;
    acronyms: Translations;
    name: Translations;
    articles: Translations;
    description: Translations;
    website: string | null;
  },
): Promise<NetworkRow | undefined> {
  const [row] = await db
    .insert(networks)
    .values(values)
    .onConflictDoNothing({ target: networks.slug })
    .returning();
  return row;
}
