import type { Locale } from "../src/lib/i18n/index.js";
import { createAccount } from "../src/modules/accounts/index.js";
import { grantNetworkRole } from "../src/modules/directory/index.js";
import { listOutbox } from "../src/modules/mail/index.js";
import { Agent } from "./agent.js";
import type { TestPlatform } from "./harness.js";

export const password = "correct horse battery staple";

/** An account, optionally an editor or member of networks given by slug. */
export async function createPerson(
  platform: TestPlatform,
  input: {
    email: string;
    name?: string;
    isAdmin?: boolean;
    locale?: Locale;
    roles?: Record<string, "editor" | "member">;
  },
) {
  const user = await createAccount(platform.deps, {
    email: input.email,
    name: input.name ?? input.email.split("@")[0],
    password,
    isAdmin: input.isAdmin,
    locale: input.locale,
    confirmed: true,
  });
  if (!user) throw new Error(`account exists: ${input.email}`);
  for (const [network, role] of Object.entries(input.roles ?? {})) {
    await grantNetworkRole({ db: platform.database.db, userId: user.id, network, role });
  }
  return user;
}

/** A browser signed in through the real sign-in form. */
export async function signedIn(platform: TestPlatform, email: string): Promise<Agent> {
  const agent = new Agent(platform.app);
  const res = await agent.post("/signin", { email, password });
  if (res.statusCode !== 303) throw new Error(`sign-in failed for ${email}: ${res.statusCode}`);
  return agent;
}

/** The newest mail sent to an address, read from the outbox. */
export async function lastMailTo(platform: TestPlatform, to: string) {
  const { entries } = await listOutbox(platform.deps, { page: 1, perPage: 100 });
  const mail = entries.find((m) => m.to === to);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}
