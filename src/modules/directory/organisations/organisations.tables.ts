import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, translations, updatedAt } from "../../../db/columns.js";

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
