import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "../../../db/columns.js";
// Foreign keys are the one place where a module's tables name another module's tables.
import { users } from "../../accounts/accounts.tables.js";
import { networkSections, networks } from "../networks/networks.tables.js";
import { organisations } from "../organisations/organisations.tables.js";
import { places } from "../places/places.tables.js";

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
    // The API's list of a network's memberships, page by page in the order they were added.
    index("memberships_network_id_idx").on(t.networkId, t.id),
    check("memberships_status", sql`${t.status} in ('active', 'ended')`),
    check("memberships_since_year", sql`${t.sinceYear} between 1800 and 2200`),
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
