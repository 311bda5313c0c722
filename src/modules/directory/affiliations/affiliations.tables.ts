import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "../../../db/columns.js";
// Foreign keys are the one place where a module's tables name another module's tables.
import { users } from "../../accounts/accounts.tables.js";
import { organisations } from "../organisations/organisations.tables.js";
import { places } from "../places/places.tables.js";

/**
 * Whom a person works for: a place or an organisation, and in what role. "Cities represented" is
 * counted from these rows, never typed.
 */
export const affiliations = pgTable(
  "affiliations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    placeId: integer("place_id").references(() => places.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["officer", "elected", "expert", "staff"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("affiliations_place_key").on(t.userId, t.placeId),
    uniqueIndex("affiliations_organisation_key").on(t.userId, t.organisationId),
    index("affiliations_place_idx").on(t.placeId),
    index("affiliations_organisation_idx").on(t.organisationId),
    check("affiliations_one_target", sql`num_nonnulls(${t.placeId}, ${t.organisationId}) = 1`),
    check("affiliations_role", sql`${t.role} in ('officer', 'elected', 'expert', 'staff')`),
  ],
);
