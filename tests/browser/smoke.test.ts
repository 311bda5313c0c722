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

  it("keeps the visitor's language when they follow the footer to the API documentation", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/fr/`);
    await page.getByRole("link", { name: "API publique" }).click();
    await page.waitForURL("**/api/docs");
    expect(new URL(page.url()).pathname).toBe("/fr/api/docs");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.close();
  });
});
