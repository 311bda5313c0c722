import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { allTables } from "../../db/tables.js";

/** What a backup needs to know of a table, read from the Drizzle schema rather than listed by hand. */
export interface TableInfo {
  name: string;
  /** Columns that take a value on insert (stored generated columns are computed again). */
  columns: string[];
  identityColumns: string[];
  /** Columns to order rows by, so a backup of the same data is the same file. */
  orderBy: string[];
  dependsOn: string[];
}

function describe(table: PgTable): TableInfo {
  const config = getTableConfig(table);
  const primary = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  return {
    name: config.name,
    columns: config.columns.filter((c) => !c.generated).map((c) => c.name),
    identityColumns: config.columns
      .filter((c) => (c as { generatedIdentity?: unknown }).generatedIdentity)
      .map((c) => c.name),
    orderBy: primary.length > 0 ? primary : config.columns.filter((c) => c.primary).map((c) => c.name),
    dependsOn: config.foreignKeys
      .map((fk) => getTableConfig(fk.reference().foreignTable).name)
      .filter((name) => name !== config.name),
  };
}

/**
 * Every table of the application, parents before children, so that rows restored in this order
 * always find the rows their foreign keys point to. pg-boss's tables live in their own schema and
 * are not part of it: queued jobs are transient.
 */
export function backupTables(): TableInfo[] {
  const tables = allTables()
    .map(describe)
    .sort((a, b) => a.name.localeCompare(b.name));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const visiting = new Set<string>();
  const visit = (table: TableInfo) => {
    if (ordered.includes(table) || visiting.has(table.name)) return;
    visiting.add(table.name);
    for (const parent of table.dependsOn) {
      const info = byName.get(parent);
      if (info) visit(info);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}
