import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent } from "../../../../tests/agent.js";
import { createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import { createPerson, signedIn } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

describe.each(engines)("the memberships write API on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;
  let outsider: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uccn",
      acronym: "UCCN",
      name: { en: "UNESCO Creative Cities Network" },
      sections: [
        { slug: "music", kind: "field", name: { en: "Music" } },
        { slug: "design", kind: "field", name: { en: "Design" } },
      ],
    });
    await createNetwork(db, { slug: "metropolis", acronym: "Metropolis", name: { en: "Metropolis" } });
    await createPlace(db, { slug: "seoul", name: "Seoul", country: "KR" });
    await createPlace(db, { slug: "daejeon", name: "Daejeon", country: "KR" });
    await createPerson(platform, { email: "editor@uccn.org", roles: { uccn: "editor" } });
    await createPerson(platform, {
      email: "editor@metropolis.org",
      roles: { metropolis: "editor", uccn: "member" },
    });
    editor = await signedIn(platform, "editor@uccn.org");
    outsider = await signedIn(platform, "editor@metropolis.org");
  });
  afterAll(() => platform?.stop());

  const publicList = async () =>
    (await platform.app.inject("/api/v1/memberships?network=uccn")).json().data as {
      place: string;
      status: string;
    }[];

  it("lets an editor add, change and end a membership, then add it again", async () => {
    const added = await editor.json("POST", "/api/v1/networks/uccn/memberships", {
      place: "seoul",
      section: "design",
      sinceYear: 2010,
    });
    expect(added.statusCode).toBe(201);
    const body = added.json();
    expect(body).toMatchObject({
      network: "uccn",
      place: "seoul",
      section: "design",
      sinceYear: 2010,
      status: "active",
    });

    const changed = await editor.json("PATCH", `/api/v1/memberships/${body.id}`, { section: "music" });
    expect(changed.json()).toMatchObject({ section: "music", sinceYear: 2010 });

    const ended = await editor.json("DELETE", `/api/v1/memberships/${body.id}`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json().status).toBe("ended");
    expect(Date.parse(ended.json().endedAt)).not.toBeNaN();
    expect(await publicList()).toContainEqual(expect.objectContaining({ place: "seoul", status: "ended" }));

    const back = await editor.json("POST", "/api/v1/networks/uccn/memberships", { place: "seoul" });
    expect(back.statusCode).toBe(201);
    expect(back.json()).toMatchObject({ id: body.id, status: "active", section: "music", endedAt: null });
  });

  it("answers a second add of a current member with a conflict", async () => {
    await editor.json("POST", "/api/v1/networks/uccn/memberships", { place: "daejeon" });
    const twice = await editor.json("POST", "/api/v1/networks/uccn/memberships", { place: "daejeon" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toEqual({
      error: {
        code: "conflict",
        message: "Daejeon is already a member of this network",
        fields: { place: "Daejeon is already a member of this network" },
      },
    });
  });

  it("refuses a since-year of 1500 or text, naming the field, and changes nothing", async () => {
    const seoul = (await platform.app.inject("/api/v1/memberships?place=seoul")).json().data[0];
    const early = await editor.json("PATCH", `/api/v1/memberships/${seoul.id}`, {
      sinceYear: 1500,
      section: null,
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({
      code: "invalid_input",
      fields: { sinceYear: "sinceYear must be 1800 or later" },
    });
    const text = await editor.json("PATCH", `/api/v1/memberships/${seoul.id}?lang=fr`, { sinceYear: "abc" });
    expect(text.statusCode).toBe(422);
    expect(Object.keys(text.json().error.fields)).toEqual(["sinceYear"]);
    const after = (await platform.app.inject("/api/v1/memberships?place=seoul")).json().data[0];
    expect(after).toEqual(seoul);
  });

  it("refuses another network's editor who is only a member here, and changes nothing", async () => {
    const seoul = (await platform.app.inject("/api/v1/memberships?place=seoul")).json().data[0];
    const tries = [
      await outsider.json("POST", "/api/v1/networks/uccn/memberships", { place: "daejeon" }),
      await outsider.json("PATCH", `/api/v1/memberships/${seoul.id}`, { status: "ended" }),
      await outsider.json("DELETE", `/api/v1/memberships/${seoul.id}`),
    ];
    for (const res of tries) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("forbidden");
    }
    expect((await platform.app.inject("/api/v1/memberships?place=seoul")).json().data[0]).toEqual(seoul);
  });

  it("answers not found for a membership that does not exist", async () => {
    const res = await editor.json("DELETE", "/api/v1/memberships/999999");
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
  });

  it("answers 401 to a signed-out caller", async () => {
    const anonymous = new Agent(platform.app);
    const res = await anonymous.json(
      "POST",
      "/api/v1/networks/uccn/memberships",
      { place: "seoul" },
      "/signin",
    );
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("unauthenticated");
  });

  it("refuses a write without the CSRF token header", async () => {
    const seoul = (await platform.app.inject("/api/v1/memberships?place=seoul")).json().data[0];
    const res = await platform.app.inject({
      method: "DELETE",
      url: `/api/v1/memberships/${seoul.id}`,
      headers: { cookie: `cx_session=${editor.cookie("cx_session")}` },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("forbidden");
    expect((await platform.app.inject("/api/v1/memberships?place=seoul")).json().data[0]).toEqual(seoul);
  });

  it("describes its writes in the OpenAPI document under the memberships tag", async () => {
    const doc = (await platform.app.inject("/api/openapi.json")).json();
    expect(doc.paths["/api/v1/networks/{slug}/memberships"].post.tags).toEqual(["memberships"]);
    const body = doc.paths["/api/v1/memberships/{id}"].patch.requestBody.content["application/json"].schema;
    expect(JSON.stringify(body.properties.sinceYear)).toContain('"minimum":1800');
    expect(doc.paths["/api/v1/memberships/{id}"].delete.responses["403"]).toBeDefined();
  });
});
