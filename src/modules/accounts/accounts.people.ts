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

/** A person as the admins' list shows them: with the platform role accounts keep. */
export interface PersonSummary extends Person {
  isAdmin: boolean;
}

/**
 * People by name, `limit` at a time after the person `after` (keyset paging: no page counts every
 * row); `next` is the last one's id when there are more. `q` matches part of a name or an address.
 */
export async function listPeople({
  db,
  q,
  ids,
  admins,
  after,
  limit,
}: {
  db: Db;
  q?: string;
  ids?: number[];
  admins?: boolean;
  after?: number;
  limit: number;
}): Promise<{ people: PersonSummary[]; next?: number }> {
  const rows = await repo.selectPeoplePage(db, {
    q: q?.trim() || undefined,
    ids,
    admins,
    after,
    limit: limit + 1,
  });
  const people = rows.slice(0, limit).map((row) => ({ ...present(row), isAdmin: row.isAdmin }));
  return { people, next: rows.length > limit ? people.at(-1)?.id : undefined };
}
