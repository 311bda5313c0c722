import type { Module } from "../../lib/module.js";
import { addBackupCommands } from "./backup.cli.js";

export { RestoreRefused, restoreBackup, writeBackup } from "./backup.service.js";

/** `cityexchange backup FILE` and `cityexchange restore FILE`: a portable copy of every table. */
export const backupModule: Module = {
  name: "backup",
  cli: addBackupCommands,
};
