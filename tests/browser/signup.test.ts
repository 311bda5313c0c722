import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtp, type TestSmtp } from "../smtp.js";
import { accessibilityViolations, type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

/** The path of the first link to the platform in a mail (mails link to the configured BASE_URL). */
function linkIn(text: string, baseUrl: string): string {
  const link = text.split(/\s+/).find((word) => word.startsWith(`${baseUrl}/`));
  if (!link) throw new Error(`no link in: ${text}`);
  return link.slice(baseUrl.length);
}

/** Presses the page's main submit button and waits for the answer; returns its status. */
async function submit(page: Page, name: string): Promise<number | undefined> {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole("main").getByRole("button", { name }).click(),
  ]);
  return response?.status();
}

describe("a newcomer signing up in a real browser", () => {
  let smtp: TestSmtp;
  let server: LiveServer;
  let browser: Browser;
  let page: Page;
  const email = "amina.diallo@dakar.example.org";
  const secret = "a long enough password";

  beforeAll(async () => {
    smtp = await startTestSmtp();
    [server, browser] = await Promise.all([startLiveServer({ SMTP_URL: smtp.url }), launchBrowser()]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it("is told what to fix when the two passwords differ, without retyping the rest", async () => {
    await page.goto(server.baseUrl);
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL("**/signup");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Full name").fill("Amina Diallo");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(secret);
    await page.getByLabel("Confirm the password").fill(`${secret}!`);
    expect(await submit(page, "Create my account")).toBe(422);
    const summary = page.getByRole("alert");
    expect(await summary.textContent()).toContain("The two passwords do not match");
    // The summary takes the focus, so that a screen reader reads it first.
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel("Full name").inputValue()).toBe("Amina Diallo");
    expect(await page.getByLabel("Email address").inputValue()).toBe(email);
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe("");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("signs up and is told to check their email", async () => {
    await page.getByLabel("Password", { exact: true }).fill(secret);
    await page.getByLabel("Confirm the password").fill(secret);
    expect(await submit(page, "Create my account")).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/signup/sent");
    expect(await page.locator("h1").textContent()).toBe("Check your email");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("receives the confirmation by SMTP, follows its link and is asked to sign in", async () => {
    const mail = await smtp.waitFor((m) => m.to.includes(email), 20_000);
    expect(mail.subject).toBe("Confirm your email address for CityExchange");
    expect(mail.text).toContain("Amina Diallo");
    await page.goto(server.baseUrl + linkIn(mail.text, server.platform.config.baseUrl));
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await page.getByRole("status").textContent()).toBe("Your email address is confirmed.");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("signs in with the new account and reaches their profile", async () => {
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(secret);
    await submit(page, "Sign in");
    await page.getByRole("link", { name: "My account" }).click();
    await page.waitForURL("**/account");
    expect(await page.getByLabel("Full name").inputValue()).toBe("Amina Diallo");
    // A confirmed account is not asked to confirm again.
    expect(await page.getByRole("button", { name: "Send the link again" }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("changes name, job title and language, and finds them saved in the new language", async () => {
    await page.getByLabel("Full name").fill("Amina D. Diallo");
    await page.getByLabel("Job title").fill("Urban planner");
    await page.getByLabel("Preferred language").selectOption({ label: "Español" });
    await submit(page, "Save the profile");
    expect(new URL(page.url()).pathname).toBe("/es/account");
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
    expect(await page.getByRole("status").textContent()).toBe("Su perfil se ha guardado.");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${server.baseUrl}/es/account`);
    expect(await page.getByLabel("Nombre completo").inputValue()).toBe("Amina D. Diallo");
    expect(await page.getByLabel(/Cargo/).inputValue()).toBe("Urban planner");
    expect(await page.getByLabel("Idioma preferido").inputValue()).toBe("es");
  });

  it("signs out, and the mails they ask for later come in their chosen language", async () => {
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole("button", { name: "Cerrar sesión" }).click(),
    ]);
    expect(await page.getByRole("link", { name: "Iniciar sesión" }).count()).toBe(1);
    const sentBefore = smtp.messages.length;
    // The English form, chosen on purpose: the mail still follows the profile.
    await page.goto(`${server.baseUrl}/en/password/forgot`);
    await page.getByLabel("Email address").fill(email);
    await submit(page, "Send me a link");
    const mail = await smtp.waitFor(
      (m) => m.to.includes(email) && smtp.messages.indexOf(m) >= sentBefore,
      20_000,
    );
    expect(mail.subject).toBe("Restablezca su contraseña en CityExchange");
    expect(mail.text).toContain("Amina D. Diallo");
  });
});
