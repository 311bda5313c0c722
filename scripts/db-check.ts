// `npm run db:check`: fails when the migrations folder departs from an append-only history, or when
// the code's tables and the migrations differ (a change to a *.tables.ts without its migration).
import { checkHistory, schemaDrift } from "../src/db/history.js";
import { fromRoot } from "../src/lib/paths.js";

const folder = fromRoot("src/db/migrations");
const problems = checkHistory(folder);
const drift = schemaDrift(folder);
if (drift.length > 0) {
  problems.push(
    `The tables in the code differ from the migrations: add a migration (npm run db:migration -- <name>). drizzle-kit would generate:\n${drift.join("\n")}`,
  );
}
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log("Migrations: history intact, and in step with the tables.");
