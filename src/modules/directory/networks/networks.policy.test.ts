import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../../lib/http.js";
import { canManageNetwork } from "./networks.policy.js";

const person = (isAdmin = false): CurrentUser => ({
  id: 1,
  email: "someone@example.org",
  name: "Someone",
  isAdmin,
  locale: "en",
  emailConfirmed: true,
});

describe("who manages a network's members", () => {
  it("lets the network's editors and platform admins manage its members", () => {
    expect(canManageNetwork(person(), "editor")).toBe(true);
    expect(canManageNetwork(person(true), null)).toBe(true);
  });

  it("keeps members of the network, other signed-in people and visitors out", () => {
    expect(canManageNetwork(person(), "member")).toBe(false);
    expect(canManageNetwork(person(), null)).toBe(false);
    expect(canManageNetwork(null, "editor")).toBe(false);
  });
});
