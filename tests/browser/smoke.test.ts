import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

describe("the home page in a real browser", () => {
  let server: LiveServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(["/", "/fr/", "/es/"])(
    "%s has no accessibility violations and breaks no content policy",
    async (path) => {
      const page = await browser.newPage();
      const cspErrors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") cspErrors.push(msg.text());
      });
      await page.goto(server.baseUrl + path);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(cspErrors).toEqual([]);
      await page.close();
    },
  );

  it("the accessibility check itself catches an image without alt text", async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><img src="x.png"></main></body></html>',
    );
    expect((await accessibilityViolations(page)).join()).toContain("image-alt");
    await page.close();
  });

  it("lets a keyboard user skip to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(server.baseUrl);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(page.url()).toContain("#main");
    await page.close();
  });

  it("switches language and stays on the same page", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole("link", { name: "Español" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("es");
    expect(new URL(page.url()).pathname).toBe("/es/");
    await page.close();
  });

  it("brings a French visitor back to French at the bare address, until they pick English", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/fr/networks`);
    await page.goto(`${server.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe("/fr/");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("link", { name: "English" }).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(new URL(page.url()).pathname).toBe("/");
    await page.goto(`${server.baseUrl}/networks`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.close();
  });

  it("keeps the visitor's language when they follow the footer to the API documentation", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/fr/`);
    await page.getByRole("link", { name: "API publique" }).click();
    await page.waitForURL("**/api/docs");
    expect(new URL(page.url()).pathname).toBe("/fr/api/docs");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.close();
  });

  it("folds the navigation behind a menu button on a 320-pixel screen, worked by keyboard", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.baseUrl}/fr/`);
    const header = await page.locator("header").boundingBox();
    // The brand and the menu button on one line, the search box on the next: not 300 pixels of links.
    expect(header?.height).toBeLessThan(130);
    const search = await page.getByRole("button", { name: "Rechercher" }).boundingBox();
    expect((search?.x ?? 0) + (search?.width ?? 0)).toBeLessThanOrEqual(320);
    const siteMenu = page.locator("#site-menu");
    expect(await siteMenu.getByRole("link", { name: "Réseaux" }).isVisible()).toBe(false);

    await page.locator("#header-q").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Tab");
    const directory = siteMenu.getByRole("link", { name: "Annuaire" });
    expect(await directory.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await directory.isVisible()).toBe(false);

    // On a wide screen there is nothing to fold.
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await menu.isVisible()).toBe(false);
    expect(await directory.isVisible()).toBe(true);
    await page.close();
  });

  it("reaches every link of the folded menu with JavaScript off", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/es/`);
    expect(await page.getByRole("button", { name: "Menú" }).count()).toBe(0);
    await page.getByRole("link", { name: "Menú" }).click();
    for (const name of ["Directorio", "Redes", "Organizaciones", "Iniciar sesión", "English"]) {
      expect(await page.locator("#site-menu").getByRole("link", { name }).isVisible(), name).toBe(true);
    }
    await page.locator("#site-menu").getByRole("link", { name: "Redes" }).click();
    await page.waitForURL("**/es/networks");
    await context.close();
  });
});
