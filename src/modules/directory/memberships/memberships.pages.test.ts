import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../../tests/agent.js";
import { createMembership, createNetwork, createPlace } from "../../../../tests/factories-directory.js";
import { createPerson, password, signedIn, signedInPerson } from "../../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../../tests/harness.js";

const manage = "/networks/uclg/manage";

describe.each(engines)("the editors' membership pages on %s", (engine) => {
  let platform: TestPlatform;
  let editor: Agent;

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, {
      slug: "uclg",
      acronym: "UCLG",
      name: { en: "United Cities and Local Governments", fr: "Cités et gouvernements locaux unis" },
      sections: [
        { slug: "africa", kind: "region", name: { en: "Africa", fr: "Afrique" } },
        { slug: "culture", kind: "other", name: { en: "Culture committee" } },
      ],
    });
    await createNetwork(db, { slug: "metropolis", acronym: "Metropolis", name: { en: "Metropolis" } });
    await createPlace(db, { slug: "durban", name: "Durban", country: "ZA" });
    await createPlace(db, { slug: "izmir", name: "Izmir", names: { tr: "İzmir" }, country: "TR" });
    editor = await signedInPerson(platform, { email: "editor@uclg.org", roles: { uclg: "editor" } });
  });
  afterAll(() => platform?.stop());

  /** The id of a place's membership, read from the edit link in the editors' list. */
  async function membershipId(place: string): Promise<string> {
    const html = (await editor.get(manage)).body;
    const row = html.split("<tr").find((r) => r.includes(`/places/${place}"`));
    const id = row && /\/networks\/uclg\/manage\/(\d+)/.exec(row)?.[1];
    if (!id) throw new Error(`no membership of ${place}`);
    return id;
  }

  it("lets an editor find a place, add it, change its section, end it and add it again", async () => {
    const searched = await editor.get(`${manage}?q=durb`);
    expect(textOf(searched.body)).toContain("Durban, South Africa");
    expect(Number(searched.headers["x-sql-queries"])).toBeLessThanOrEqual(8);

    const added = await editor.post(manage, {
      q: "durb",
      place: "durban",
      section: "africa",
      sinceYear: "2004",
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe(`${manage}?notice=added`);
    const list = textOf((await editor.get(`${manage}?notice=added`)).body);
    expect(list).toContain("The member was added.");
    expect(list).toMatch(/Durban South Africa Africa 2004 Member/);

    const id = await membershipId("durban");
    const edited = await editor.post(`${manage}/${id}`, {
      section: "culture",
      sinceYear: "2004",
      status: "active",
    });
    expect(edited.statusCode).toBe(303);
    expect(textOf((await editor.get(manage)).body)).toMatch(
      /Durban South Africa Culture committee 2004 Member/,
    );

    const confirm = textOf((await editor.get(`${manage}/${id}/end`)).body);
    expect(confirm).toContain("End the membership of Durban?");
    expect((await editor.post(`${manage}/${id}/end`, {})).statusCode).toBe(303);
    expect(textOf((await editor.get(manage)).body)).toMatch(
      /Durban South Africa Culture committee 2004 Ended on/,
    );

    const again = textOf((await editor.get(`${manage}?q=durban`)).body);
    expect(again).toContain("former member: adding it again restores the membership");
    expect((await editor.post(manage, { q: "durban", place: "durban" })).statusCode).toBe(303);
    const restored = textOf((await editor.get(manage)).body);
    expect(restored).toMatch(/Durban South Africa Culture committee 2004 Member/);
    expect(restored.match(/Durban South Africa/g)).toHaveLength(1);
  });

  it("says a place is already a member instead of failing, and adds nothing", async () => {
    await editor.post(manage, { q: "izmir", place: "izmir" });
    const twice = await editor.post(manage, { q: "izmir", place: "izmir", sinceYear: "1999" });
    expect(twice.statusCode).toBe(409);
    expect(textOf(twice.body)).toContain("Izmir is already a member of this network");
    const list = textOf((await editor.get(manage)).body);
    expect(list.match(/Izmir Türkiye/g)).toHaveLength(1);
    expect(list).not.toContain("1999");
  });

  it("refuses a since-year of 1500 or abc, naming the field, and changes nothing", async () => {
    const id = await membershipId("durban");
    const early = await editor.post(`${manage}/${id}`, {
      section: "africa",
      sinceYear: "1500",
      status: "ended",
    });
    expect(early.statusCode).toBe(422);
    expect(textOf(early.body)).toContain("Member since (year) must be 1800 or later");
    const word = await editor.post(`${manage}/${id}`, { sinceYear: "abc", status: "active" });
    expect(textOf(word.body)).toContain("Member since (year) must be a whole number");
    const french = await editor.post(`/fr${manage}/${id}`, { sinceYear: "abc", status: "active" });
    expect(textOf(french.body)).toContain("Membre depuis (année) doit être un nombre entier");
    expect(early.body).toContain('href="#f-sinceYear"');
    expect(textOf((await editor.get(manage)).body)).toMatch(
      /Durban South Africa Culture committee 2004 Member/,
    );
  });

  it("shows markup typed into its fields as text", async () => {
    const attack = "<script>alert(1)</script>";
    const search = await editor.get(`${manage}?q=${encodeURIComponent(attack)}`);
    expect(search.body).not.toContain(attack);
    expect(search.body).toContain("&lt;script>alert(1)&lt;/script>");
    const id = await membershipId("durban");
    const year = await editor.post(`${manage}/${id}`, {
      sinceYear: `"><img src=x onerror=alert(1)>`,
      status: "active",
    });
    expect(year.statusCode).toBe(422);
    expect(year.body).not.toContain("<img src=x");
    const email = await editor.post(`${manage}/${id}/invite`, { email: attack });
    expect(email.statusCode).toBe(422);
    expect(email.body).not.toContain(attack);
  });

  it("refuses a form sent without its CSRF token and changes nothing", async () => {
    const id = await membershipId("durban");
    const res = await editor.post(`${manage}/${id}/end`, { _csrf: "" });
    expect(res.statusCode).toBe(403);
    expect(textOf(res.body)).toContain("This form has expired");
    expect(textOf((await editor.get(manage)).body)).toMatch(
      /Durban South Africa Culture committee 2004 Member/,
    );
  });

  it("sends a signed-out visitor to sign in, then back to the page they asked for", async () => {
    const visitor = new Agent(platform.app);
    const asked = await visitor.get(`/fr${manage}?page=1`);
    expect(asked.statusCode).toBe(303);
    const next = `/fr${manage}?page=1`;
    expect(asked.headers.location).toBe(`/fr/signin?next=${encodeURIComponent(next)}`);
    const signIn = await visitor.post(
      "/fr/signin",
      { email: "editor@uclg.org", password, next },
      { csrfFrom: String(asked.headers.location) },
    );
    expect(signIn.headers.location).toBe(next);
    expect(textOf((await visitor.get(next)).body)).toContain("Membres de Cités et gouvernements locaux unis");
  });

  it("refuses the pages to a member and to another network’s editor, and opens them to a platform admin", async () => {
    await createPerson(platform, { email: "member@uclg.org", roles: { uclg: "member" } });
    await createPerson(platform, { email: "editor@metropolis.org", roles: { metropolis: "editor" } });
    await createPerson(platform, { email: "admin@example.org", isAdmin: true });
    const id = await membershipId("durban");
    for (const email of ["member@uclg.org", "editor@metropolis.org"]) {
      const other = await signedIn(platform, email);
      expect((await other.get(manage)).statusCode).toBe(403);
      expect((await other.get(`${manage}/${id}`)).statusCode).toBe(403);
      const end = await other.post(`${manage}/${id}/end`, {}, { csrfFrom: "/networks/metropolis" });
      expect(end.statusCode).toBe(403);
      expect(textOf(end.body)).toContain("You cannot do this");
    }
    const admin = await signedIn(platform, "admin@example.org");
    expect((await admin.get(manage)).statusCode).toBe(200);
    expect(textOf((await editor.get(manage)).body)).toMatch(
      /Durban South Africa Culture committee 2004 Member/,
    );
  });

  it("answers a membership under another network's address with not found", async () => {
    const id = await membershipId("durban");
    expect((await editor.get(`/networks/metropolis/manage/${id}`)).statusCode).toBe(404);
  });

  it("lists members fifty to a page, with a link to the next page", async () => {
    await createNetwork(platform.database.db, { slug: "big", acronym: "BIG", name: { en: "Big network" } });
    const admin = await signedInPerson(platform, { email: "admin@big.org", isAdmin: true });
    for (let i = 0; i < 51; i++) {
      const slug = `town-${String(i).padStart(2, "0")}`;
      await createPlace(platform.database.db, {
        slug,
        name: `Town ${String(i).padStart(2, "0")}`,
        country: "FR",
      });
      const added = await admin.json("POST", "/api/v1/networks/big/memberships", { place: slug });
      expect(added.statusCode).toBe(201);
    }
    const first = await admin.get("/networks/big/manage");
    expect(textOf(first.body)).toContain("51 results · Page 1 of 2");
    expect(first.body).toContain('href="/networks/big/manage?page=2"');
    const second = textOf((await admin.get("/networks/big/manage?page=2")).body);
    expect(second).toContain("Town 50");
    expect(second).not.toContain("Town 49");
    expect((await admin.get("/networks/big/manage?page=3")).statusCode).toBe(404);
  });

  it("lists members in the alphabetical order of the editor's language", async () => {
    const db = platform.database.db;
    await createNetwork(db, { slug: "capitals", acronym: "CAP", name: { en: "Capitals" } });
    await createPlace(db, { slug: "beijing", name: "Beijing", names: { fr: "Pékin" }, country: "CN" });
    await createPlace(db, { slug: "paris", name: "Paris", country: "FR" });
    await createMembership(db, { network: "capitals", place: "beijing" });
    await createMembership(db, { network: "capitals", place: "paris" });
    const capitals = await signedInPerson(platform, {
      email: "editor@capitals.org",
      roles: { capitals: "editor" },
    });
    const order = async (url: string) =>
      [...(await capitals.get(url)).body.matchAll(/<th scope="row"><a href="[^"]*\/places\/([\w-]+)"/g)].map(
        (m) => m[1],
      );
    expect(await order("/networks/capitals/manage")).toEqual(["beijing", "paris"]);
    expect(await order("/fr/networks/capitals/manage")).toEqual(["paris", "beijing"]);
  });

  it("keeps each change with its author and comment in the history the editors' pages show", async () => {
    await createPlace(platform.database.db, { slug: "lyon", name: "Lyon", country: "FR" });
    const added = await editor.post(manage, {
      q: "lyon",
      place: "lyon",
      sinceYear: "1989",
      comment: "Founding member",
    });
    expect(added.statusCode).toBe(303);
    const id = await membershipId("lyon");
    await editor.post(`${manage}/${id}`, {
      sinceYear: "1990",
      status: "active",
      comment: "The charter was signed in 1990",
    });
    const edit = textOf((await editor.get(`/fr${manage}/${id}`)).body);
    expect(edit).toMatch(/Historique .* · editor A modifié l’adhésion Membre depuis \(année\) : 1989 → 1990/);
    expect(edit).toContain("The charter was signed in 1990");
    expect(edit).toContain("Founding member");
    const network = textOf((await editor.get(manage)).body);
    expect(network).toMatch(/History .* · editor Changed the membership/);
    const tooLong = await editor.post(`${manage}/${id}/end`, { comment: "x".repeat(1001) });
    expect(tooLong.statusCode).toBe(422);
    expect(textOf(tooLong.body)).toContain("Comment must be 1,000 characters or fewer");
    expect(textOf((await editor.get(manage)).body)).toMatch(/Lyon France 1990 Member/);
  });
});
