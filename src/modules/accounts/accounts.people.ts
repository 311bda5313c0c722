import type { Db } from "../../db/client.js";
import { isLocale, type Locale } from "../../lib/i18n/index.js";
import * as repo from "./accounts.repo.js";

/** A person with an account, as other modules see them: never a password, a session or a token. */
export interface Person {
  id: number;
  name: string;
  email: string;
  locale: Locale;
}

function present(row: { id: number; name: string; email: string; locale: string }): Person {
  return { id: row.id, name: row.name, email: row.email, locale: isLocale(row.locale) ? row.locale : "en" };
}

/** The people with these ids that still have an account, by name then id. */
export async function findPeople({ db, ids }: { db: Db; ids: number[] }): Promise<Person[]> {
  const rows = await repo.selectPeople(db, [...new Set(ids)]);
  return rows.map(present);
}

/** The person whose account has this address (compared in lower case), if any. */
export async function findPersonByEmail({
  db,
  email,
}: {
  db: Db;
  email: string;
}): Promise<Person | undefined> {
  const row = await repo.findUserByEmail(db, email.trim().toLowerCase());
  return row ? present(row) : undefined;
}
