import type { Command } from "commander";

/** Each module's commands for the `cityexchange` CLI (import, create-admin, backup...). */
export const cliCommands: ((program: Command) => void)[] = [];
