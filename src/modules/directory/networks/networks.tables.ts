import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, translations, updatedAt } from "../../../db/columns.js";
// Foreign keys are the one place where a module's tables name another module's tables.
import { users } from "../../accounts/accounts.tables.js";

export const networks = pgTable("networks", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  acronym: text("acronym").notNull(),
  /** The acronym in the languages where it differs (UCLG is CGLU in French and Spanish). */
  acronyms: translations("acronyms"),
  name: translations("name"),
  /** The article each language's name takes in a sentence ("the", "le", "la"...; see lib/i18n/names.ts). */
  articles: translations("articles"),
  description: translations("description"),
  originalLang: text("original_lang").notNull().default("en"),
  website: text("website"),
  logoPath: text("logo_path"),
  logoAlt: translations("logo_alt"),
  /** An uploaded logo: its original and WebP copies in storage (files module); logo_path is an address given by hand. */
  logoImage: jsonb("logo_image").$type<{
    original: string;
    variants: { key: string; width: number; height: number }[];
  }>(),
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
