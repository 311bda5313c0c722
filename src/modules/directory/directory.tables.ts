import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt, translations, updatedAt } from "../../db/columns.js";
// Foreign keys are the one place where a module's tables name another module's tables.
import { users } from "../accounts/accounts.tables.js";

export const networks = pgTable("networks", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  acronym: text("acronym").notNull(),
  name: translations("name"),
  description: translations("description"),
  originalLang: text("original_lang").notNull().default("en"),
  website: text("website"),
  logoPath: text("logo_path"),
  logoAlt: translations("logo_alt"),
  foundedYear: integer("founded_year"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A network's creative fields, regional sections or other groupings of members. */
export const networkSections = pgTable(
  "network_sections",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    kind: text("kind", { enum: ["field", "region", "other"] })
      .notNull()
      .default("other"),
    name: translations("name"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    uniqueIndex("network_sections_slug_key").on(t.networkId, t.slug),
    check("network_sections_kind", sql`${t.kind} in ('field', 'region', 'other')`),
  ],
);

/** Accented Latin letters and the plain letters they sort with (after lower-casing). */
const lowerAccented = "àáâãäåāăąçćĉčďèéêëēěęğģìíîïīıķĺļľłñńņňòóôõöøōőŕřśŝşšţťùúûüūůűųýÿźżž";
// Capitals too: under a "C" character type, lower() leaves non-ASCII letters as they are.
const upperAccented = "ÀÁÂÃÄÅĀĂĄÇĆĈČĎÈÉÊËĒĚĘĞĢÌÍÎÏĪİĶĹĻĽŁÑŃŅŇÒÓÔÕÖØŌŐŔŘŚŜŞŠŢŤÙÚÛÜŪŮŰŲÝŸŹŻŽ";
const accented = lowerAccented + upperAccented;
const undecomposed: Record<string, string> = { ı: "i", ł: "l", ø: "o", İ: "i", Ł: "l", Ø: "o" };
const plain = [...accented]
  .map((c) => undecomposed[c] ?? (c.normalize("NFD")[0] ?? c).toLowerCase())
  .join("");

/**
 * The key a place sorts by for readers of `lang`: the name they see (its translation, else its
 * own name), lower-cased and without accents, so "Évora" sits among the e's and "Pékin" among the p's.
 */
function sortKey(lang: "en" | "fr" | "es") {
  return sql.raw(`translate(lower(coalesce("names" ->> '${lang}', "name")), '${accented}', '${plain}')`);
}

export const places = pgTable(
  "places",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    kind: text("kind", { enum: ["city", "region", "local_government"] })
      .notNull()
      .default("city"),
    /** The name in the place's own usage; `names` holds translations. */
    name: text("name").notNull(),
    names: translations("names"),
    country: text("country").notNull(),
    /** World region code (africa, americas, asia, europe, oceania), derived from the country. */
    region: text("region").notNull(),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    population: integer("population"),
    geonamesId: integer("geonames_id").unique(),
    sortEn: text("sort_en").generatedAlwaysAs(sortKey("en")),
    sortFr: text("sort_fr").generatedAlwaysAs(sortKey("fr")),
    sortEs: text("sort_es").generatedAlwaysAs(sortKey("es")),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("places_sort_en_idx").on(t.sortEn, t.id),
    index("places_sort_fr_idx").on(t.sortFr, t.id),
    index("places_sort_es_idx").on(t.sortEs, t.id),
    index("places_country_idx").on(t.country, t.name),
    index("places_region_idx").on(t.region, t.name),
    index("places_name_idx").on(t.name, t.id),
    check("places_kind", sql`${t.kind} in ('city', 'region', 'local_government')`),
    check("places_country_code", sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

export const organisations = pgTable(
  "organisations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    acronym: text("acronym"),
    name: translations("name"),
    description: translations("description"),
    originalLang: text("original_lang").notNull().default("en"),
    kind: text("kind", {
      enum: ["un_agency", "university", "ngo", "company", "city_network", "national_government"],
    }).notNull(),
    country: text("country"),
    website: text("website"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("organisations_kind_idx").on(t.kind),
    check(
      "organisations_kind",
      sql`${t.kind} in ('un_agency', 'university', 'ngo', 'company', 'city_network', 'national_government')`,
    ),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id, { onDelete: "cascade" }),
    sectionId: integer("section_id").references(() => networkSections.id, { onDelete: "set null" }),
    sinceYear: integer("since_year"),
    status: text("status", { enum: ["active", "ended"] })
      .notNull()
      .default("active"),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("memberships_network_place_key").on(t.networkId, t.placeId),
    index("memberships_network_status_idx").on(t.networkId, t.status, t.sectionId),
    index("memberships_place_idx").on(t.placeId),
    check("memberships_status", sql`${t.status} in ('active', 'ended')`),
    check("memberships_since_year", sql`${t.sinceYear} between 1800 and 2200`),
  ],
);

/** Who edits or belongs to a network. Platform admins are flagged on the user. */
export const networkRoles = pgTable(
  "network_roles",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["editor", "member"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.networkId] }),
    index("network_roles_network_idx").on(t.networkId),
    check("network_roles_role", sql`${t.role} in ('editor', 'member')`),
  ],
);

/** The person who speaks for a place or an organisation. */
export const focalPoints = pgTable(
  "focal_points",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id").references(() => places.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("focal_points_place_key").on(t.userId, t.placeId),
    uniqueIndex("focal_points_organisation_key").on(t.userId, t.organisationId),
    index("focal_points_place_idx").on(t.placeId),
    check("focal_points_one_target", sql`num_nonnulls(${t.placeId}, ${t.organisationId}) = 1`),
  ],
);

/** An editor's invitation to become a member place's focal point, accepted through an emailed link. */
export const invitations = pgTable(
  "invitations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    networkId: integer("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id, { onDelete: "cascade" }),
    invitedBy: integer("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("invitations_network_idx").on(t.networkId)],
);
