import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../tests/agent.js";
import { createUser, signIn } from "../../../tests/factories.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { createOrPromoteAdmin } from "../accounts/index.js";

describe.each(engines)("the admin outbox on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine);
  });
  afterAll(() => platform?.stop());

  it("without SMTP, an admin reads a sign-up's confirmation mail at /admin/outbox", async () => {
    await new Agent(platform.app).post("/signup", {
      name: "Dana <script>alert(1)</script>",
      email: "dana@example.org",
      password: "long enough password",
      confirm: "long enough password",
    });
    const admin = await createUser(platform.deps, { isAdmin: true });
    const agent = new Agent(platform.app);
    await signIn(agent, admin.email, admin.password);
    expect(textOf((await agent.get("/admin")).body)).toContain("Outbox");
    const list = await agent.get("/admin/outbox");
    expect(list.statusCode).toBe(200);
    expect(textOf(list.body)).toContain("dana@example.org");
    const id = /href="\/admin\/outbox\/(\d+)"/.exec(list.body)?.[1];
    const message = await agent.get(`/admin/outbox/${id}`);
    expect(textOf(message.body)).toContain("/confirm/");
    expect(message.body).not.toContain("<script>alert(1)</script>");
    expect(message.body).toContain("&lt;script>");
  });

  it("refuses the outbox to a member who is not an admin, and asks a visitor to sign in", async () => {
    const member = await createUser(platform.deps);
    const agent = new Agent(platform.app);
    await signIn(agent, member.email, member.password);
    expect((await agent.get("/admin/outbox")).statusCode).toBe(403);
    expect((await agent.get("/admin")).statusCode).toBe(403);
    expect((await new Agent(platform.app).get("/admin/outbox")).headers.location).toBe(
      "/signin?next=%2Fadmin%2Foutbox",
    );
  });

  it("create-admin promotes an existing account, confirmed, and creates one with a generated password", async () => {
    const member = await createUser(platform.deps, { confirmed: false });
    const promoted = await createOrPromoteAdmin(platform.deps, { email: member.email });
    expect(promoted).toEqual({ email: member.email, created: false });
    const agent = new Agent(platform.app);
    await signIn(agent, member.email, member.password);
    expect((await agent.get("/admin/outbox")).statusCode).toBe(200);

    const fresh = await createOrPromoteAdmin(platform.deps, { email: "Root@Example.org" });
    expect(fresh.created).toBe(true);
    const root = new Agent(platform.app);
    await signIn(root, "root@example.org", fresh.generatedPassword as string);
    expect((await root.get("/admin")).statusCode).toBe(200);
  });
});
