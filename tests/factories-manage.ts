import type { Locale } from "../src/lib/i18n/index.js";
import { grantNetworkRole } from "../src/modules/directory/index.js";
import { listOutbox } from "../src/modules/mail/index.js";
import { Agent } from "./agent.js";
import { createUser, signIn } from "./factories.js";
import type { TestPlatform } from "./harness.js";

/** The password every person made here signs in with. */
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
  const { roles, ...account } = input;
  const user = await createUser(platform.deps, {
    ...account,
    name: input.name ?? input.email.split("@")[0],
    password,
  });
  for (const [network, role] of Object.entries(roles ?? {})) {
    await grantNetworkRole({ db: platform.database.db, userId: user.id, network, role });
  }
  return user;
}

/** A browser signed in through the real sign-in form. */
export async function signedIn(platform: TestPlatform, email: string): Promise<Agent> {
  const agent = new Agent(platform.app);
  await signIn(agent, email, password);
  return agent;
}

/** The newest mail sent to an address, read from the outbox. */
export async function lastMailTo(platform: TestPlatform, to: string) {
  const { entries } = await listOutbox(platform.deps, { page: 1, perPage: 100 });
  const mail = entries.find((m) => m.to === to);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

/** A person made as `createPerson` makes them, signed in through the real form: their browser. */
export async function signedInPerson(
  platform: TestPlatform,
  input: Parameters<typeof createPerson>[1],
): Promise<Agent> {
  await createPerson(platform, input);
  return signedIn(platform, input.email);
}
