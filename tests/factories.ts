import type { AppDeps } from "../src/lib/http.js";
import type { Locale } from "../src/lib/i18n/index.js";
import { createAccount } from "../src/modules/accounts/index.js";
import type { Agent } from "./agent.js";

let counter = 0;

export interface CreatedUser {
  id: number;
  email: string;
  password: string;
  name: string;
}

/** An account made through the accounts service; confirmed unless said otherwise. */
export async function createUser(
  deps: AppDeps,
  options: {
    email?: string;
    name?: string;
    password?: string;
    isAdmin?: boolean;
    confirmed?: boolean;
    locale?: Locale;
  } = {},
): Promise<CreatedUser> {
  counter += 1;
  const email = (options.email ?? `person-${counter}-${process.pid}-${Date.now()}@example.org`).toLowerCase();
  const name = options.name ?? `Person ${counter}`;
  const password = options.password ?? "correct horse battery staple";
  const user = await createAccount(deps, {
    email,
    name,
    password,
    isAdmin: options.isAdmin ?? false,
    confirmed: options.confirmed ?? true,
    locale: options.locale,
  });
  if (!user) throw new Error(`createUser: ${email} is already taken`);
  return { id: user.id, email, password, name };
}

/** Signs the agent in through the real sign-in form; fails loudly when the form does not accept it. */
export async function signIn(agent: Agent, email: string, password: string) {
  const response = await agent.post("/signin", { email, password });
  if (response.statusCode !== 303) {
    throw new Error(`signIn(${email}) was refused with status ${response.statusCode}`);
  }
  return response;
}
