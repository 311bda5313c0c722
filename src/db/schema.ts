// Every module's tables, gathered for Drizzle's typed queries and for migrations.
export * from "../modules/accounts/accounts.tables.js";
export * from "../modules/audit/audit.tables.js";
export * from "../modules/directory/affiliations/affiliations.tables.js";
export * from "../modules/directory/memberships/memberships.tables.js";
export * from "../modules/directory/networks/networks.tables.js";
export * from "../modules/directory/organisations/organisations.tables.js";
export * from "../modules/directory/places/places.tables.js";
export * from "../modules/mail/mail.tables.js";
export * from "../modules/search/search.tables.js";
