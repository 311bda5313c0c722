import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agent } from "../../../tests/agent.js";
import { textOf } from "../../../tests/agent.js";
import { createNetwork } from "../../../tests/factories-directory.js";
import { createPerson, lastMailTo, signedIn } from "../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { listOutbox } from "../mail/index.js";

const list = "/admin/people";

describe.each(engines)("admins' list of people and roles on %s", (engine) => {
  let platform: TestPlatform;
  let admin: Agent;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    platform = await createTestPlatform(engine);
    const db = platform.database.db;
    await createNetwork(db, { slug: "uclg", acronym: "UCLG", name: { en: "UCLG", fr: "CGLU", es: "CGLU" } });
    await createNetwork(db, { slug: "metropolis", acronym: "Metropolis", name: { en: "Metropolis" } });
    ids.admin = (
      await createPerson(platform, { email: "root@example.org", name: "Ada Root", isAdmin: true })
    ).id;
    ids.ines = (
      await createPerson(platform, { email: "ines@uclg.org", name: "Inès López", locale: "fr" })
    ).id;
    ids.jorge = (
      await createPerson(platform, { email: "jorge@bogota.gov.co", name: "Jorge Pérez", locale: "es" })
    ).id;
    ids.kim = (
      await createPerson(platform, {
        email: "kim@metropolis.org",
        name: "Kim Park",
        roles: { metropolis: "editor" },
      })
    ).id;
    for (let i = 1; i <= 26; i++) {
      await createPerson(platform, {
        email: `clerk${i}@example.org`,
        name: `Zz Clerk ${String(i).padStart(2, "0")}`,
      });
    }
    admin = await signedIn(platform, "root@example.org");
  });
  afterAll(() => platform?.stop());

  const mailsTo = async (to: string) =>
    (await listOutbox(platform.deps, { page: 1, perPage: 200 })).entries.filter((m) => m.to === to);

  it("is reached from /admin, and only by admins", async () => {
    expect((await admin.get("/admin")).body).toContain(`href="${list}"`);
    expect((await (await signedIn(platform, "kim@metropolis.org")).get(list)).statusCode).toBe(403);
  });

  it("finds people by part of a name or address, and by role in a network", async () => {
    const byName = textOf((await admin.get(`${list}?q=lóp`)).body);
    expect(byName).toContain("Inès López");
    expect(textOf((await admin.get(`${list}?q=LOPEZ`)).body)).toContain("Inès López");
    expect(textOf((await admin.get(`${list}?q=nobody-by-that-name`)).body)).toContain(
      "No one matches these filters.",
    );
    expect(textOf((await admin.get(`${list}?q=bogota.gov`)).body)).toContain("Jorge Pérez");
    const editors = textOf((await admin.get(`${list}?role=editor&network=metropolis`)).body);
    expect(editors).toContain("Kim Park");
    expect(editors).toContain("Editor – Metropolis");
    expect(editors).not.toContain("Inès López");
    const admins = textOf((await admin.get(`${list}?role=admin`)).body);
    expect(admins).toContain("Ada Root");
    expect(admins).not.toContain("Kim Park");
  });

  it("pages through people by name without counting them, a link to the next page only while there are more", async () => {
    const first = await admin.get(`${list}?q=clerk`);
    expect(textOf(first.body)).toContain("Zz Clerk 25");
    expect(textOf(first.body)).not.toContain("Zz Clerk 26");
    const next = /href="(\/admin\/people\?q=clerk&amp;after=\d+)"/
      .exec(first.body)?.[1]
      ?.replace(/&amp;/g, "&");
    expect(next).toBeDefined();
    const second = await admin.get(String(next));
    expect(textOf(second.body)).toContain("Zz Clerk 26");
    expect(textOf(second.body)).not.toContain("Zz Clerk 25");
    expect(textOf(second.body)).toContain("Back to the first page");
    expect(textOf(second.body)).not.toContain("Next people");
    expect(Number(second.headers["x-sql-queries"])).toBeLessThanOrEqual(6);
  });

  it("gives the editor role from the list, and tells the person once, in their language", async () => {
    const given = await admin.post(
      `/admin/people/${ids.ines}/give`,
      { role: "editor", network: "uclg", back: "q=ines" },
      { csrfFrom: `${list}?q=ines` },
    );
    expect(given.headers.location).toBe(`${list}?q=ines&notice=given`);
    const after = textOf((await admin.get(String(given.headers.location))).body);
    expect(after).toContain("The role was given, and the person was told by email.");
    expect(after).toContain("Editor – UCLG");
    const mail = await lastMailTo(platform, "ines@uclg.org");
    expect(mail.subject).toBe("CGLU : vous êtes désormais éditeur ou éditrice");
    expect(mail.text).toContain("http://localhost:3000/fr/networks/uclg/manage");
    await admin.post(
      `/admin/people/${ids.ines}/give`,
      { role: "editor", network: "uclg" },
      { csrfFrom: list },
    );
    expect(await mailsTo("ines@uclg.org")).toHaveLength(1);

    await admin.post(
      `/admin/people/${ids.ines}/take`,
      { role: "editor", network: "uclg" },
      { csrfFrom: list },
    );
    expect(textOf((await admin.get(`${list}?q=ines`)).body)).not.toContain("Editor – UCLG");
  });

  it("mails an editor named on the editors' page by address too", async () => {
    await admin.post("/networks/uclg/editors", { email: "jorge@bogota.gov.co" });
    const mail = await lastMailTo(platform, "jorge@bogota.gov.co");
    expect(mail.subject).toBe("CGLU: ahora es editor o editora");
  });

  it("gives and takes the admin role, but never an admin's own", async () => {
    await admin.post(`/admin/people/${ids.jorge}/give`, { role: "admin" }, { csrfFrom: list });
    const mail = await lastMailTo(platform, "jorge@bogota.gov.co");
    expect(mail.subject).toBe("Ahora administra CityExchange");
    expect(mail.text).toContain("http://localhost:3000/es/admin");
    const jorge = await signedIn(platform, "jorge@bogota.gov.co");
    expect((await jorge.get(`/es${list}`)).statusCode).toBe(200);

    const self = await admin.post(`/admin/people/${ids.admin}/take`, { role: "admin" }, { csrfFrom: list });
    expect(self.headers.location).toBe(`${list}?notice=self`);
    expect((await admin.get(list)).statusCode).toBe(200);

    await admin.post(`/admin/people/${ids.jorge}/take`, { role: "admin" }, { csrfFrom: list });
    expect((await jorge.get(`/es${list}`)).statusCode).toBe(403);
  });
});
