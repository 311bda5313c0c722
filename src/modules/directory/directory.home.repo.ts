import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { memberships } from "./memberships/memberships.tables.js";
import { networks } from "./networks/networks.tables.js";
import { organisations } from "./organisations/organisations.tables.js";
import { places } from "./places/places.tables.js";

export interface PlatformFigures {
  networks: number;
  /** Places that are active members of a network. */
  cities: number;
  countries: number;
  organisations: number;
}

/** The platform's figures in one statement. */
export async function selectPlatformFigures(db: Db): Promise<PlatformFigures> {
  const result = (await db.execute(sql`
    select (select count(*) from ${networks})::int as "networks",
      (select count(*) from ${organisations})::int as "organisations",
      count(distinct ${memberships.placeId})::int as "cities",
      count(distinct ${places.country})::int as "countries"
    from ${memberships} join ${places} on ${places.id} = ${memberships.placeId}
    where ${memberships.status} = 'active'`)) as unknown as { rows: PlatformFigures[] };
  return result.rows[0];
}
