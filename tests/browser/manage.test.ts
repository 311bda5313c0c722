import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNetwork, createPlace } from "../factories-directory.js";
import { createPerson, lastMailTo, password } from "../factories-manage.js";
import { accessibilityViolations, type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

describe("an editor managing members in a real browser", () => {
  let server: LiveServer;
  let browser: Browser;
  let page: Page;
  let membership = "";

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    const { platform } = server;
    await createNetwork(platform.database.db, {
      slug: "uccn",
      acronym: "UCCN",
      name: {
        en: "UNESCO Creative Cities Network",
        fr: "Réseau des villes créatives",
        es: "Red de Ciudades Creativas",
      },
      sections: [
        {
          slug: "crafts",
          kind: "field",
          name: { en: "Crafts and Folk Art", fr: "Artisanat et arts populaires" },
        },
        { slug: "design", kind: "field", name: { en: "Design" } },
      ],
    });
    await createPlace(platform.database.db, { slug: "kutahya", name: "Kütahya", country: "TR" });
    await createPerson(platform, { email: "editor@uccn.org", isAdmin: true, roles: { uccn: "editor" } });
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs in, finds a city and adds it as a member, by keyboard alone", async () => {
    await page.goto(`${server.baseUrl}/networks/uccn/manage`);
    expect(new URL(page.url()).pathname).toBe("/signin");
    await page.locator("#f-email").fill("editor@uccn.org");
    await page.locator("#f-password").fill(password);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/networks/uccn/manage");

    await page.getByLabel("Place name").fill("kütah");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/manage?q=*");
    await page.getByLabel("Kütahya, Türkiye").focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2017");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/manage?notice=added");
    await expect.poll(() => page.getByRole("status").textContent()).toBe("The member was added.");
    const row = page.getByRole("row", { name: /Kütahya/ });
    expect(await row.textContent()).toContain("Crafts and Folk Art");
    expect(await row.textContent()).toContain("2017");
  });

  it("shows a bad since-year in the error summary, linked to the field", async () => {
    await page.getByRole("link", { name: "Edit Kütahya" }).click();
    membership = /\/manage\/(\d+)/.exec(page.url())?.[1] ?? "";
    await page.getByLabel("Member since (year)").fill("1500");
    await page.getByRole("button", { name: "Save changes" }).click();
    const summary = page.getByRole("alert");
    expect(await summary.textContent()).toContain("Member since (year) must be 1800 or later");
    await summary.getByRole("link").click();
    expect(page.url()).toContain("#f-sinceYear");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("adds Thiès, a city the directory did not have, by keyboard alone on a 320 px screen", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.baseUrl}/networks/uccn/manage`);
    await page.getByLabel("Place name").focus();
    await page.keyboard.type("THIES");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/manage?q=THIES");
    // The results fit the screen (the members' table scrolls in its own box).
    const results = await page.getByRole("group", { name: "Choose the place to add" }).boundingBox();
    expect((results?.x ?? 0) + (results?.width ?? 999)).toBeLessThanOrEqual(320);
    await page.getByLabel(/^Thiès, Senegal/).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2019");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/manage?notice=added");
    await expect.poll(() => page.getByRole("status").textContent()).toBe("The member was added.");
    expect(await page.getByRole("row", { name: /Thiès/ }).textContent()).toContain("Crafts and Folk Art");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  // axe needs scripts: these pages are checked with JavaScript on in each language below.
  it("creates a place by hand with JavaScript off, then adds it as a member", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.baseUrl}/signin`);
    await plain.locator("#f-email").fill("editor@uccn.org");
    await plain.locator("#f-password").fill(password);
    await plain.keyboard.press("Enter");
    await plain.waitForURL((url) => url.pathname !== "/signin");
    await plain.goto(`${server.baseUrl}/networks/uccn/manage?q=Ndiaganiao`);
    await plain.getByRole("link", { name: "Add a place that is not listed" }).click();
    await plain.waitForURL("**/manage/places/new?name=Ndiaganiao");
    await plain.locator("#f-country").selectOption("SN");
    await plain.locator("#f-latitude").fill("14,52");
    await plain.locator("#f-longitude").fill("north");
    await plain.getByRole("button", { name: "Add place" }).click();
    const summary = plain.getByRole("alert");
    expect(await summary.textContent()).toContain("Enter Longitude in decimal degrees");
    await plain.locator("#f-longitude").fill("-16.78");
    await plain.getByRole("button", { name: "Add place" }).click();
    await plain.waitForURL("**/manage?q=Ndiaganiao&notice=placeAdded");
    await plain.getByLabel("Ndiaganiao, Senegal").check();
    await plain.getByRole("button", { name: "Add member" }).click();
    await plain.waitForURL("**/manage?notice=added");
    expect(await plain.getByRole("row", { name: /Ndiaganiao/ }).count()).toBe(1);
    await context.close();
  });

  it.each([
    ["en", ""],
    ["fr", "/fr"],
    ["es", "/es"],
  ])("has no accessibility violations on the editors' pages in %s", async (_lang, prefix) => {
    for (const path of [
      "/networks/uccn/manage?q=ku",
      "/networks/uccn/manage/places/new?name=Ndiaganiao",
      `/networks/uccn/manage/${membership}`,
      `/networks/uccn/manage/${membership}/end`,
      "/networks/uccn/editors",
      "/invitations/an-invitation-link-that-does-not-exist-at-all",
    ]) {
      await page.goto(`${server.baseUrl}${prefix}${path}`);
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
  });

  it("invites a focal point who, on a phone and by keyboard, makes an account and accepts in one form", async () => {
    await page.goto(`${server.baseUrl}/networks/uccn/manage/${membership}`);
    await page.getByLabel("Email address").fill("focal@kutahya.bel.tr");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("The invitation was sent.");
    const mail = await lastMailTo(server.platform, "focal@kutahya.bel.tr");
    const link = /\/invitations\/[\w-]+/.exec(mail.text)?.[0];
    const visitor = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const phone = await visitor.newPage();
    for (const prefix of ["", "/es", "/fr"]) {
      await phone.goto(`${server.baseUrl}${prefix}${link}`);
      expect(await accessibilityViolations(phone), prefix).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), prefix).toBeLessThanOrEqual(
        320,
      );
    }
    expect(await phone.getByRole("link", { name: "Se connecter pour accepter" }).count()).toBe(1);
    await phone.getByLabel("Nom complet").focus();
    await phone.keyboard.type("Ayşe Yılmaz");
    await phone.keyboard.press("Tab");
    await phone.keyboard.type(password);
    await phone.keyboard.press("Tab");
    await phone.keyboard.press("ArrowDown");
    await phone.keyboard.press("Tab");
    await phone.keyboard.press("Enter");
    await expect
      .poll(() => phone.getByRole("status").textContent())
      .toContain("Votre compte est créé et votre session est ouverte.");
    expect(await phone.locator("header").textContent()).toContain("Mon compte");
    expect(await accessibilityViolations(phone)).toEqual([]);
    await phone.goto(`${server.baseUrl}/fr/places/kutahya`);
    expect(await phone.locator("main").textContent()).toContain("Élu ou élue – Kütahya");
    await visitor.close();
  });
});
