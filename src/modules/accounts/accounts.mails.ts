import type { AppDeps } from "../../lib/http.js";
import { localePath } from "../../lib/http.js";
import { isLocale, type Locale, translate } from "../../lib/i18n/index.js";
import { queueMail } from "../mail/index.js";

export type AccountMail =
  | "confirm"
  | "alreadyRegistered"
  | "reset"
  | "changeEmail"
  | "emailChanging"
  | "passwordChanged"
  | "adminGranted";

/** Composes a mail in the recipient's language, with absolute links to this installation. */
export async function sendAccountMail(
  deps: AppDeps,
  kind: AccountMail,
  to: { email: string; name: string; locale: string },
  paths: Record<string, string> = {},
): Promise<void> {
  const locale: Locale = isLocale(to.locale) ? to.locale : "en";
  const links = Object.fromEntries(
    Object.entries(paths).map(([key, path]) => [key, `${deps.config.baseUrl}${localePath(locale, path)}`]),
  );
  const params = { name: to.name, email: to.email, site: translate(locale, "site.name"), ...links };
  await queueMail(deps, {
    to: to.email,
    subject: translate(locale, `accounts.mail.${kind}.subject`, params),
    text: `${translate(locale, `accounts.mail.${kind}.body`, params)}\n\n-- \n${params.site}\n${deps.config.baseUrl}${localePath(locale, "/")}\n`,
  });
}
