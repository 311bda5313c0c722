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
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("#f-network");
    await page.keyboard.type("UCCN");
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
    // The form shows the filters in force, and now offers the network's creative fields.
    expect(await page.locator("#f-network option:checked").textContent()).toContain("UCCN");
    expect(await page.locator("#f-country option:checked").textContent()).toBe("Japon");
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
});
