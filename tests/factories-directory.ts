import type { Db } from "../src/db/client.js";
import {
  createNetwork as addNetwork,
  createOrganisation as addOrganisation,
  createPlace as addPlace,
  createPlaces as addPlaces,
  joinNetwork,
  type MembershipInput,
  type NetworkInput,
  type OrganisationInput,
  type PlaceInput,
} from "../src/modules/directory/index.js";

/** Two creative fields, as the UNESCO Creative Cities Network has, for a network's `sections`. */
export const creativeFields = [
  { slug: "music", kind: "field" as const, name: { en: "Music", fr: "Musique", es: "Música" } },
  { slug: "design", kind: "field" as const, name: { en: "Design", fr: "Design", es: "Diseño" } },
];

let counter = 0;
const next = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;

/** A network with sensible defaults; give `sections` for creative fields or regional sections. */
export function createNetwork(db: Db, input: Partial<NetworkInput> = {}) {
  const id = next();
  return addNetwork({
    db,
    input: {
      slug: `network-${id}`,
      acronym: `N${id.toUpperCase()}`,
      name: { en: `Network ${id}` },
      ...input,
    },
  });
}

/** A city, by default in France; its slug comes from its name and country unless given. */
export function createPlace(db: Db, input: Partial<PlaceInput> = {}) {
  const id = next();
  return addPlace({ db, input: { name: `City ${id}`, country: "FR", ...input } });
}

/** Many cities in one statement: `count` places named "<prefix> 1".."<prefix> n", each with `input`. */
export function createPlaces(
  db: Db,
  count: number,
  input: Partial<PlaceInput> = {},
  prefix = `City ${next()}`,
) {
  const inputs = Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${String(i + 1).padStart(4, "0")}`,
    country: "FR",
    ...input,
  }));
  return addPlaces({ db, inputs });
}

/** Makes a place a member of a network, optionally in one of its sections (by slug). */
export function createMembership(db: Db, input: MembershipInput) {
  return joinNetwork({ db, input });
}

export function createOrganisation(db: Db, input: Partial<OrganisationInput> = {}) {
  const id = next();
  return addOrganisation({
    db,
    input: { slug: `organisation-${id}`, name: { en: `Organisation ${id}` }, kind: "ngo", ...input },
  });
}
