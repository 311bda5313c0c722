import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, textOf } from "../../../tests/agent.js";
import { createNetwork, createPlace } from "../../../tests/factories-directory.js";
import { password, signedInPerson } from "../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

/** Creates a token on the account page and reads it from the answer, where it is shown once. */
async function createToken(agent: Agent, name: string): Promise<string> {
  const res = await agent.post("/account/tokens", { name });
  expect(res.statusCode).toBe(201);
  const token = /<code>(cxp_[\w-]+)<\/code>/.exec(res.body)?.[1];
  if (!token) throw new Error("the new token is not on the page");
  return token;
}

describe.each(engines)("personal API tokens on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uccn",
      acronym: "UCCN",
      name: { en: "UNESCO Creative Cities Network" },
    });
    await createPlace(db, { slug: "seoul", name: "Seoul", country: "KR" });
    await createPlace(db, { slug: "daejeon", name: "Daejeon", country: "KR" });
    await createPlace(db, { slug: "izmir", name: "Izmir", country: "TR" });
    editor = await signedInPerson(platform, { email: "editor@uccn.org", roles: { uccn: "editor" } });
  });
  afterAll(() => platform?.stop());

  const write = (token: string, place: string, headers: Record<string, string> = {}) =>
    platform.app.inject({
      method: "POST",
      url: "/api/v1/networks/uccn/memberships",
      headers: { authorization: `Bearer ${token}`, ...headers },
      payload: { place },
    });

  it("shows a new token once, stores only its hash, and lists it by name and first characters", async () => {
    const token = await createToken(editor, "Members sync");
    expect(token).toMatch(/^cxp_[\w-]{43}$/);
    const stored = await platform.database.execute("select token_hash, prefix, name from api_tokens");
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect(token.startsWith(String(stored.rows[0].prefix))).toBe(true);

    const page = await editor.get("/account/tokens");
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(token);
    expect(textOf(page.body)).toContain("Members sync");
    expect(textOf(page.body)).toContain(`${stored.rows[0].prefix}…`);
  });

  it("lets a program write with the token alone: no cookie, no CSRF token", async () => {
    const token = await createToken(editor, "Script");
    const res = await write(token, "seoul");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ network: "uccn", place: "seoul", status: "active" });
    expect(res.headers["cache-control"]).toBe("private, no-store");
  });

  it("answers 401 in the error shape to a write without credentials, before any CSRF check", async () => {
    const res = await platform.app.inject({
      method: "POST",
      url: "/api/v1/networks/uccn/memberships?lang=fr",
      payload: { place: "daejeon" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("unauthenticated");
    expect(res.json().error.message).toContain("Authorization: Bearer");
    expect(res.json().error.message).toContain("Envoyez");
  });

  it("still asks a signed-in browser for its CSRF token", async () => {
    const res = await editor.get("/api/v1/networks").then(() =>
      platform.app.inject({
        method: "POST",
        url: "/api/v1/networks/uccn/memberships",
        headers: { cookie: `cx_session=${editor.cookie("cx_session")}` },
        payload: { place: "daejeon" },
      }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("forbidden");
  });

  it("refuses a revoked or made-up token with 401, and nothing is written", async () => {
    const token = await createToken(editor, "Short-lived");
    const page = await editor.get("/account/tokens");
    const id = [...page.body.matchAll(/\/account\/tokens\/(\d+)\/revoke/g)].map((m) => m[1]).at(-1);
    const revoked = await editor.post(`/account/tokens/${id}/revoke`, {}, { csrfFrom: "/account/tokens" });
    expect(revoked.statusCode).toBe(303);
    expect(revoked.headers.location).toBe("/account/tokens?notice=tokenRevoked");

    for (const given of [token, `cxp_${"A".repeat(43)}`, "not-a-token"]) {
      const res = await write(given, "izmir", { "accept-language": "es" });
      expect(res.statusCode, given).toBe(401);
      expect(res.json().error.message).toContain("token de API");
    }
    const rows = await platform.database.execute(
      "select count(*)::int as n from memberships m join places p on p.id = m.place_id where p.slug = 'izmir'",
    );
    expect(rows.rows[0].n).toBe(0);
  });

  it("ends every token when the password changes", async () => {
    const token = await createToken(editor, "Before the change");
    expect(
      (await platform.app.inject({ url: "/api/v1/networks", headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(200);
    const changed = await editor.post("/account/password", {
      currentPassword: password,
      newPassword: "another long passphrase",
      confirm: "another long passphrase",
    });
    expect(changed.statusCode).toBe(303);
    expect((await write(token, "izmir")).statusCode).toBe(401);
    const left = await platform.database.execute("select count(*)::int as n from api_tokens");
    expect(left.rows[0].n).toBe(0);
  });

  it("names the field when a token's name is missing, and creates nothing", async () => {
    const res = await editor.post("/account/tokens", { name: "  " });
    expect(res.statusCode).toBe(422);
    expect(textOf(res.body)).toContain("Enter Token name");
    const left = await platform.database.execute("select count(*)::int as n from api_tokens");
    expect(left.rows[0].n).toBe(0);
  });

  it("shows the tokens section in French and Spanish", async () => {
    const fr = await editor.get("/fr/account/tokens");
    expect(fr.statusCode).toBe(200);
    expect(textOf(fr.body)).toContain("Jetons d’API");
    expect(textOf(fr.body)).toContain("Créer le jeton");
    const es = await editor.get("/es/account/tokens");
    expect(textOf(es.body)).toContain("Tokens de API");
  });
});
