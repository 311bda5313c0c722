import type { Module } from "../../lib/module.js";
import { accountsCli } from "./accounts.cli.js";
import { messages } from "./accounts.messages.js";
import { authRoutes } from "./accounts.pages.js";
import { registerSessions } from "./accounts.session.js";
import { mailResetLink, RESET_QUEUE } from "./accounts.settings.js";
import { tokenMessages } from "./accounts.tokens.messages.js";
import { settingsRoutes } from "./settings.pages.js";
import { tokensRoutes } from "./tokens.pages.js";

export { type AdminResult, createOrPromoteAdmin, setAdmin } from "./accounts.admin.js";
export {
  findPeople,
  findPersonByEmail,
  listPeople,
  type Person,
  type PersonSummary,
} from "./accounts.people.js";
export { labels as accountLabels, newAccountSchema } from "./accounts.schema.js";
export { createAccount } from "./accounts.service.js";
export { signInBrowser } from "./accounts.session.js";
export { createApiToken } from "./tokens.service.js";
export { NameField, NewPasswordField } from "./views/AccountFields.js";

export const accountsModule: Module = {
  name: "accounts",
  messages: {
    en: { ...messages.en, ...tokenMessages.en },
    fr: { ...messages.fr, ...tokenMessages.fr },
    es: { ...messages.es, ...tokenMessages.es },
  },
  cli: accountsCli,
  privateTables: ["sessions", "email_tokens", "api_tokens"],
  privatePaths: ["/account"],
  async start(deps) {
    await deps.jobs.work<{ email: string }>(RESET_QUEUE, (data) => mailResetLink(deps, String(data.email)));
  },
  routes(app, deps) {
    registerSessions(app, deps);
    authRoutes(app, deps);
    settingsRoutes(app, deps);
    tokensRoutes(app, deps);
  },
};
