import type { Command } from "commander";
import type { AppDeps, CliPlatform } from "../../lib/http.js";
import { RestoreRefused, restoreBackup, writeBackup } from "./backup.service.js";

function summary({ tables, files }: { tables: Record<string, number>; files: number }): string {
  const total = Object.values(tables).reduce((a, b) => a + b, 0);
  return `${total} rows in ${Object.keys(tables).length} tables and ${files} files`;
}

async function withPlatform(cli: CliPlatform, fn: (deps: AppDeps) => Promise<void>) {
  const platform = await cli.open();
  try {
    await fn(platform.deps);
  } finally {
    await platform.stop();
  }
}

export function addBackupCommands(program: Command, cli: CliPlatform): void {
  program
    .command("backup <file>")
    .description(
      "write the whole database to a portable archive (gzip'd JSON Lines) that either engine restores",
    )
    .action((file: string) =>
      withPlatform(cli, async ({ database, storage }) => {
        const started = performance.now();
        const result = await writeBackup({ database, storage, file });
        console.log(
          `Backed up ${summary(result)} to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
        );
      }),
    );
  program
    .command("restore <file>")
    .description("load a backup into an empty database, in one transaction")
    .option("--force", "replace everything the database holds")
    .action((file: string, options: { force?: boolean }) =>
      withPlatform(cli, async ({ database, storage }) => {
        try {
          const result = await restoreBackup({ database, storage, file, force: options.force });
          console.log(`Restored ${summary(result)} from ${file}.`);
        } catch (err) {
          if (!(err instanceof RestoreRefused)) throw err;
          console.error(`Nothing was restored. ${err.message}`);
          process.exitCode = 1;
        }
      }),
    );
}
