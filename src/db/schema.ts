// Every module's tables, gathered for Drizzle's typed queries and for migrations.
export * from "../modules/accounts/accounts.tables.js";
export * from "../modules/audit/audit.tables.js";
export * from "../modules/directory/directory.tables.js";
export * from "../modules/mail/mail.tables.js";
