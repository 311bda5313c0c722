import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/app.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

/** What the keyboard focus is on: its id, or its tag and visible text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.textContent ?? "").trim()}`;
  });
}

/** Whether the focused element shows a focus indicator: an outline or a ring drawn by a shadow. */
function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== "none" && style.outlineWidth !== "0px") || style.boxShadow !== "none";
  });
}

/**
 * Presses Tab until the focus is on `target` (as `focused` names it); fails if it never gets there
 * or if a stop on the way does not show where the focus is.
 */
async function tabTo(page: Page, target: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (!(await focusIsVisible(page))) throw new Error(`The focus on ${now} is not visible`);
    if (now === target) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The city names in the results table, in order. */
function cities(page: Page): Promise<string[]> {
  return page.locator("main table tbody th").allTextContents();
}

describe("a visitor browsing the directory in French with the keyboard alone", () => {
  let server: LiveServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    await seedDemo(server.platform.deps);
  });
  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto(`${server.baseUrl}/fr/directory`);
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("skips to the filters, picks a network and a country by typing, sees only those cities and opens one", async () => {
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("a:Aller au contenu principal");
    await page.keyboard.press("Enter");
    // On a wide screen the filters are open beside the results.
    await tabTo(page, "#f-network");
    await page.keyboard.type("UCCN");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("#f-section");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("#f-country");
    await page.keyboard.type("Japon");
    await tabTo(page, "button:Appliquer les filtres");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.has("network"));

    const query = new URL(page.url()).searchParams;
    expect(query.get("network")).toBe("uccn");
    expect(query.get("country")).toBe("JP");
    // The fields left empty stay out of the address.
    expect([...query.keys()].sort()).toEqual(["country", "network"]);
    expect(await cities(page)).toEqual(["Kanazawa", "Kobe", "Nagoya", "Sapporo"]);
    expect(await page.locator(".pagination").textContent()).toBe("4 résultats");
    // The form shows the filters in force, and offers the network's creative fields only.
    expect(await page.locator("#f-network option:checked").textContent()).toContain("UCCN");
    expect(await page.locator("#f-country option:checked").textContent()).toBe("Japon");
    expect(
      await page
        .locator("#f-section optgroup:not([hidden])")
        .evaluateAll((gs) => gs.map((g) => g.getAttribute("label"))),
    ).toEqual(["UCCN"]);
    expect(await page.locator("#f-section option").allTextContents()).toContain("Gastronomie");

    await tabTo(page, "a:Kanazawa");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/fr/places/kanazawa");
    expect(await page.locator("h1").textContent()).toBe("Kanazawa");
    expect(await page.locator("main").textContent()).toContain("Japon");
  });

  it("chooses a network with the arrow keys, sends the form with Space and goes to the next page", async () => {
    await tabTo(page, "#f-network");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#f-network option:checked").textContent()).toContain("UCCN");
    await tabTo(page, "button:Appliquer les filtres");
    await page.keyboard.press("Space");
    await page.waitForURL((url) => url.searchParams.get("network") === "uccn");
    expect(await page.locator(".pagination p").textContent()).toBe("69 résultats");
    const first = await cities(page);
    expect(first).toHaveLength(50);
    expect(first).toContain("Kanazawa");

    await tabTo(page, "a:Page suivante");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("after") !== null);
    expect(new URL(page.url()).searchParams.get("network")).toBe("uccn");
    expect(await page.locator(".pagination p").textContent()).toBe("69 résultats");
    expect(await page.locator('.pagination a[rel="prev"]').textContent()).toBe("Page précédente");
    const second = await cities(page);
    expect(second).toHaveLength(19);
    expect(second).toContain("Séoul");
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    // Every city listed is a member of the chosen network.
    const networks = await page.locator("main table tbody td:last-child").allTextContents();
    expect(networks.every((n) => n.includes("UCCN"))).toBe(true);
  });

  it("chooses a creative field without choosing its network first, and sees it in the results", async () => {
    await tabTo(page, "#f-section");
    await page.keyboard.type("Gastronomie");
    // Choosing the section chose its network.
    expect(await page.locator("#f-network option:checked").textContent()).toContain("UCCN");
    await tabTo(page, "button:Appliquer les filtres");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.has("section"));
    expect(new URL(page.url()).search).toBe("?network=uccn&section=gastronomy");
    const rows = await page.locator("main table tbody td:last-child").allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes("UCCN (Gastronomie)"))).toBe(true);
  });

  it.each([
    [390, 844],
    [320, 568],
  ])(
    "on a %i-pixel phone, the results of a filtered search come right under the heading",
    async (width, height) => {
      const phone = await browser.newPage({ viewport: { width, height } });
      await phone.goto(`${server.baseUrl}/fr/directory?network=uccn&country=JP`);
      const box = (selector: string) => phone.locator(selector).first().boundingBox();
      const [heading, count, summary, firstRow] = await Promise.all(
        ["main h1", ".listing-count", ".listing-filters summary", "main table tbody tr"].map(box),
      );
      // The count follows the heading, the folded filters take one line, then the first city, well
      // within the screen.
      expect((count?.y ?? 0) - ((heading?.y ?? 0) + (heading?.height ?? 0))).toBeLessThan(30);
      expect(await phone.locator(".listing-filters").getAttribute("open")).toBeNull();
      expect(summary?.height).toBeLessThan(50);
      expect(firstRow?.y).toBeLessThan(height * 0.65);
      expect(await phone.locator(".listing-count").textContent()).toBe("4 résultats");
      await phone.close();
    },
  );

  it("filters by a section with JavaScript off, on a 320-pixel screen", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 568 },
    });
    const noJs = await context.newPage();
    await noJs.goto(`${server.baseUrl}/es/directory`);
    await noJs.locator(".listing-filters summary").click();
    await noJs.getByLabel("Sección").selectOption({ label: "Gastronomía" });
    await noJs.getByRole("button", { name: "Aplicar los filtros" }).click();
    await noJs.waitForURL((url) => url.searchParams.has("section"));
    expect(await noJs.locator("#f-network option:checked").textContent()).toContain("UCCN");
    const rows = await noJs.locator("main table tbody td:last-child").allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes("UCCN (Gastronomía)"))).toBe(true);
    await context.close();
  });

  it("jumps from a network's contents list to a section, past a map whose points the Tab key skips", async () => {
    await page.goto(`${server.baseUrl}/fr/networks/uccn`);
    // The map's points are links for the pointer only; the table behind the map has them for the keyboard.
    expect(await page.locator(".map svg a").count()).toBeGreaterThan(10);
    expect(await page.locator('.map svg a:not([tabindex="-1"])').count()).toBe(0);
    await tabTo(page, "a:Musique", 30);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/fr/networks/uccn#section-music");
    await tabTo(page, "a:Bologne", 5);
    await page.goto(`${server.baseUrl}/fr/networks/uccn`);
    await tabTo(page, "summary:Les lieux de la carte, sous forme de tableau (69)", 40);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(/^a:/);
  });

  it("finds Turin by typing “turin” on a phone, by keyboard, and sees it first under the heading", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.baseUrl}/directory`);
    await tabTo(phone, "summary:Search and filter");
    await phone.keyboard.press("Enter");
    await tabTo(phone, "#f-q");
    await phone.keyboard.type("turin");
    await phone.keyboard.press("Enter");
    await phone.waitForURL((url) => url.searchParams.get("q") === "turin");
    expect(new URL(phone.url()).search).toBe("?q=turin");
    expect(await cities(phone)).toEqual(["Turin"]);
    const row = await phone.locator("main table tbody tr").boundingBox();
    expect(row?.y).toBeLessThan(844 / 2);
    expect(await phone.locator(".listing-filters").getAttribute("open")).toBeNull();
    await phone.close();
  });
});
