import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, password } from "../factories-manage.js";
import { type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

/** Presses Tab until the element matching `selector` has the focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe("an admin creates a network and its editor adds a logo, by keyboard alone", () => {
  let server: LiveServer;
  let browser: Browser;
  let logo: Buffer;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    await createPerson(server.platform, { email: "admin@cities.example.org", isAdmin: true });
    await createPerson(server.platform, { email: "focal@metropolis.org", name: "Mia Editor" });
    logo = await sharp({ create: { width: 640, height: 320, channels: 3, background: "#1d4f91" } })
      .png()
      .toBuffer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(page: Page, email: string, next: string) {
    await page.goto(`${server.baseUrl}${next}`);
    await page.locator("#f-email").focus();
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(password);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${next}`);
  }

  it("creates the network, makes someone its editor, and the editor uploads a logo with its text", async () => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin@cities.example.org", "/networks/new");
    await tabTo(admin, "#f-slug");
    await admin.keyboard.type("metropolis");
    await admin.keyboard.press("Tab");
    await admin.keyboard.type("Metropolis");
    await admin.keyboard.press("Tab");
    await admin.keyboard.type("World Association of the Major Metropolises");
    await admin.keyboard.press("Enter");
    await admin.waitForURL("**/networks/metropolis/edit?notice=created");

    await admin.goto(`${server.baseUrl}/networks/metropolis/editors`);
    await tabTo(admin, "#f-email");
    await admin.keyboard.type("focal@metropolis.org");
    await admin.keyboard.press("Enter");
    await admin.waitForURL("**/editors?notice=editorAdded");

    const editor = await (await browser.newContext()).newPage();
    await signIn(editor, "focal@metropolis.org", "/networks/metropolis/edit");
    await tabTo(editor, "#f-altEn");
    await editor.keyboard.type("Metropolis");
    await tabTo(editor, "#f-logo");
    const [chooser] = await Promise.all([editor.waitForEvent("filechooser"), editor.keyboard.press("Space")]);
    await chooser.setFiles({ name: "metropolis.png", mimeType: "image/png", buffer: logo });
    await editor.keyboard.press("Tab");
    await editor.keyboard.press("Enter");
    await editor.waitForURL("**/edit?notice=logo");
    expect(await editor.getByRole("status").textContent()).toBe("The logo was uploaded.");

    await editor.goto(`${server.baseUrl}/networks/metropolis`);
    const img = editor.getByRole("img", { name: "Metropolis" }).first();
    expect(await img.getAttribute("srcset")).toMatch(/160w, .*320w, .*640w/);
    // The browser really loaded one of the copies.
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });
});
