import type { Command } from "commander";
import { z } from "zod";
import type { CliPlatform } from "../../lib/http.js";
import { translate } from "../../lib/i18n/index.js";
import { issueText, text } from "../../lib/validation.js";

const english = (key: string, params?: Record<string, string | number>) => translate("en", key, params);

import { createOrPromoteAdmin } from "./accounts.admin.js";

const options = z.object({
  email: z.email().max(254),
  name: text().trim().min(1).max(120).optional(),
  password: z.string().min(10, "must be at least 10 characters").max(200).optional(),
});

/** `cityexchange create-admin`: the first admin of a new installation, or promoting an existing account. */
export function accountsCli(program: Command, cli: CliPlatform): void {
  program
    .command("create-admin")
    .description("create a confirmed platform admin, or make an existing account admin")
    .requiredOption("--email <email>", "the admin's email address")
    .option("--name <name>", "the admin's full name")
    .option("--password <password>", "at least 10 characters; without it, one is generated and printed once")
    .action(async (raw: unknown) => {
      const parsed = options.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          console.error(`--${issue.path.join(".")}: ${issueText(issue, english)}`);
        process.exitCode = 2;
        return;
      }
      const platform = await cli.open();
      try {
        const result = await createOrPromoteAdmin(platform.deps, parsed.data);
        console.log(
          result.created
            ? `Created admin account ${result.email}.`
            : `${result.email} is now a platform admin.`,
        );
        if (result.generatedPassword) {
          console.log(`Password (shown only once, change it after signing in): ${result.generatedPassword}`);
        }
      } finally {
        await platform.stop();
      }
    });
}
