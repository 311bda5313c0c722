// The history of the schema: Drizzle's journal of migrations, and `checksums.json`, the record of
// every landed migration's content. A landed migration never changes (decision 9): databases
// everywhere have run it, and Drizzle never looks at a migration again once it has run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fromRoot } from "../lib/paths.js";

export interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

/** An earlier content of a landed migration, which databases may have run, and its way forward. */
export interface Superseded {
  /** The journal timestamp and SQL hash that databases recorded when they ran it. */
  when: number;
  sha256: string;
  /** A file of `repairs/` that turns what it made into what the current content makes. */
  repair: string;
}

export interface Recorded {
  tag: string;
  when: number;
  /** sha256 of the SQL file, as Drizzle records it in drizzle.__drizzle_migrations. */
  sha256: string;
  /** sha256 of its snapshot in meta/, from which drizzle-kit computes the next migration. */
  snapshot: string;
  supersedes?: Superseded[];
}

export interface Checksums {
  about: string;
  migrations: Recorded[];
}

const ABOUT =
  "Landed migrations and their sha256. A landed migration never changes: add a new one with " +
  "`npm run db:migration -- <name>`, then `npm run db:migration -- --record` (docs/decisions/0009).";

export const RECORD_COMMAND = "npm run db:migration -- --record";

export function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

export function readJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

export function readChecksums(folder: string): Checksums {
  const path = join(folder, "checksums.json");
  if (!existsSync(path)) return { about: ABOUT, migrations: [] };
  return JSON.parse(readFileSync(path, "utf8")) as Checksums;
}

function snapshotPath(folder: string, tag: string): string {
  return join(folder, "meta", `${tag.split("_")[0]}_snapshot.json`);
}

/** The hashes of one migration's files as they are now. */
export function currentHashes(folder: string, tag: string): { sha256: string; snapshot: string } {
  const sql = join(folder, `${tag}.sql`);
  const snapshot = snapshotPath(folder, tag);
  return {
    sha256: existsSync(sql) ? sha256(readFileSync(sql, "utf8")) : "",
    snapshot: existsSync(snapshot) ? sha256(readFileSync(snapshot)) : "",
  };
}

/**
 * Every way the migrations folder departs from an append-only history, as sentences; none when
 * it keeps it. The order is the journal's; Drizzle applies a migration only when its timestamp is
 * later than the last one a database ran, so timestamps must rise with the order.
 */
export function checkHistory(folder: string): string[] {
  const problems: string[] = [];
  const journal = readJournal(folder);
  const recorded = readChecksums(folder).migrations;

  let previousWhen = -Infinity;
  let previousSnapshotId: string | undefined;
  journal.forEach((entry, position) => {
    const prefix = String(position).padStart(4, "0");
    if (entry.idx !== position || !entry.tag.startsWith(`${prefix}_`)) {
      problems.push(
        `Journal entry ${position} is "${entry.tag}" (idx ${entry.idx}); expected idx ${position} and a tag starting "${prefix}_".`,
      );
    }
    if (!(entry.when > previousWhen)) {
      problems.push(
        `Migration ${entry.tag} is dated ${entry.when}, not after the migration before it (${previousWhen}): Drizzle would skip it on every database that ran the one before.`,
      );
    }
    previousWhen = entry.when;
    if (!existsSync(join(folder, `${entry.tag}.sql`)))
      problems.push(`Migration ${entry.tag} has no file ${entry.tag}.sql.`);
    const snapshot = snapshotPath(folder, entry.tag);
    if (!existsSync(snapshot)) {
      problems.push(`Migration ${entry.tag} has no snapshot meta/${prefix}_snapshot.json.`);
    } else {
      const { id, prevId } = JSON.parse(readFileSync(snapshot, "utf8")) as { id: string; prevId: string };
      if (previousSnapshotId !== undefined && prevId !== previousSnapshotId) {
        problems.push(
          `The snapshot of ${entry.tag} does not follow the one before it (prevId ${prevId}, expected ${previousSnapshotId}): generate it again on top of the landed migrations.`,
        );
      }
      previousSnapshotId = id;
    }
  });

  const tags = new Set(journal.map((e) => e.tag));
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".sql"))) {
    const tag = file.slice(0, -".sql".length);
    if (!tags.has(tag))
      problems.push(`${file} is not in meta/_journal.json, so no database would ever run it.`);
  }

  recorded.forEach((landed, position) => {
    for (const earlier of landed.supersedes ?? []) {
      if (!existsSync(join(folder, earlier.repair))) {
        problems.push(`The repair ${earlier.repair} of landed migration ${landed.tag} is missing.`);
      }
    }
    const entry = journal[position];
    if (!entry || entry.tag !== landed.tag) {
      problems.push(
        `Landed migration ${landed.tag} is no longer number ${position} of the journal (found ${entry ? entry.tag : "nothing"}). Landed migrations are never removed, renamed or reordered.`,
      );
      return;
    }
    if (entry.when !== landed.when) {
      problems.push(
        `Landed migration ${landed.tag} was re-dated (${landed.when} → ${entry.when}): databases that ran it would run it again.`,
      );
    }
    const now = currentHashes(folder, landed.tag);
    if (now.sha256 !== landed.sha256) {
      problems.push(
        `Landed migration ${landed.tag}.sql changed after it landed. Put it back as it was and make the change in a new migration (npm run db:migration -- <name>).`,
      );
    }
    if (now.snapshot !== landed.snapshot) {
      problems.push(
        `The snapshot of landed migration ${landed.tag} changed after it landed. Put it back as it was.`,
      );
    }
  });

  for (const entry of journal.slice(recorded.length)) {
    problems.push(
      `Migration ${entry.tag} is not recorded in src/db/migrations/checksums.json. When it is final, run: ${RECORD_COMMAND}`,
    );
  }
  return problems;
}

/**
 * Records the migrations of the journal that follow the recorded ones. It never alters a recorded
 * one: to record again a migration that has not landed yet, remove its entry first.
 */
export function recordNew(folder: string): string[] {
  const checksums = readChecksums(folder);
  const journal = readJournal(folder);
  const added: string[] = [];
  for (const entry of journal.slice(checksums.migrations.length)) {
    checksums.migrations.push({ tag: entry.tag, when: entry.when, ...currentHashes(folder, entry.tag) });
    added.push(entry.tag);
  }
  checksums.about = ABOUT;
  writeFileSync(join(folder, "checksums.json"), `${JSON.stringify(checksums, null, 2)}\n`);
  return added;
}

/**
 * What drizzle-kit would generate from the code's tables on top of the migrations in `folder`
 * (into a copy, which is removed): the SQL files it adds, empty when the tables and the migrations
 * agree. Needs drizzle-kit, a development dependency: for the tests and `npm run db:check`.
 */
export function schemaDrift(folder: string, schema = fromRoot("src/db/schema.ts")): string[] {
  const copy = mkdtempSync(join(tmpdir(), "cx-drift-"));
  try {
    cpSync(folder, copy, { recursive: true });
    const before = new Set(readdirSync(copy));
    const kit = fromRoot("node_modules/drizzle-kit/bin.cjs");
    // drizzle-kit reads `--out` as relative to the working folder, even when it is absolute.
    const out = relative(fromRoot("."), copy);
    const args = ["generate", "--dialect", "postgresql", "--schema", schema, "--out", out, "--name", "drift"];
    const result = spawnSync(process.execPath, [kit, ...args], { cwd: fromRoot("."), encoding: "utf8" });
    const added = readdirSync(copy).filter((f) => f.endsWith(".sql") && !before.has(f));
    // It exits with 0 even when it fails: success is a new file or its "No schema changes".
    if (result.status !== 0 || (added.length === 0 && !result.stdout.includes("No schema changes"))) {
      throw new Error(`drizzle-kit generate failed:\n${result.stdout}\n${result.stderr}`);
    }
    return added.map((f) => `${f}:\n${readFileSync(join(copy, f), "utf8")}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
