import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/app.js";
import { createPerson, password } from "../factories-manage.js";
import { accessibilityViolations, type LiveServer, launchBrowser, startLiveServer } from "./browser.js";

interface Visit {
  /** The page's path without the language prefix. */
  path: string;
  /** The status the page must answer with, so a redirect or an error page is not checked by mistake. */
  status: number;
  /** What a visitor does on the page before it is checked, e.g. sending a form empty. */
  act?: (page: Page) => Promise<unknown>;
}

/** Every kind of page a visitor can reach without an account. */
const publicPages: Record<string, Visit> = {
  home: { path: "/", status: 200 },
  directory: { path: "/directory", status: 200 },
  "filtered directory": { path: "/directory?network=uccn&country=JP", status: 200 },
  "directory with no result": { path: "/directory?country=AQ", status: 200 },
  "directory with an invalid filter": { path: "/directory?country=XX", status: 422 },
  "directory searched by name": { path: "/directory?q=turin", status: 200 },
  "directory with no match for a name": { path: "/directory?q=xqzw&network=uccn", status: 200 },
  "networks searched by name": { path: "/networks?q=creative", status: 200 },
  "organisations with no match for a name": { path: "/organisations?q=xqzw", status: 200 },
  networks: { path: "/networks", status: 200 },
  "network with its map": { path: "/networks/uccn", status: 200 },
  "network map read as a table": {
    path: "/networks/uccn",
    status: 200,
    act: (page) => page.locator(".map-table summary").click(),
  },
  place: { path: "/places/izmir", status: 200 },
  organisations: { path: "/organisations", status: 200 },
  organisation: { path: "/organisations/unesco", status: 200 },
  search: { path: "/search", status: 200 },
  "search results": { path: "/search?q=kutahya", status: 200 },
  "search results of one kind": { path: "/search?q=san&kind=place", status: 200 },
  "search with no result": { path: "/search?q=xqzwv", status: 200 },
  "API documentation": { path: "/api/docs", status: 200 },
  "sign-in": { path: "/signin", status: 200 },
  "sign-up": { path: "/signup", status: 200 },
  "forgotten password": { path: "/password/forgot", status: 200 },
  "sign-up sent empty": {
    path: "/signup",
    status: 422,
    act: (page) => Promise.all([page.waitForNavigation(), page.locator("main form button").click()]),
  },
  "a confirmation link that no longer works": { path: `/confirm/${"x".repeat(43)}`, status: 400 },
  "a page that does not exist": { path: "/no-such-page", status: 404 },
};

/** The pages of a signed-in platform admin. */
const adminPages: Record<string, Visit> = {
  admin: { path: "/admin", status: 200 },
  outbox: { path: "/admin/outbox", status: 200 },
  "outbox message": {
    path: "/admin/outbox",
    status: 200,
    act: (page) => Promise.all([page.waitForNavigation(), page.locator("main table a").first().click()]),
  },
  "account settings": { path: "/account", status: 200 },
  "whom you represent, with places and organisations found": {
    path: "/account/affiliations?q=pa",
    status: 200,
  },
  "people and their roles": { path: "/admin/people", status: 200 },
  "network creation": { path: "/networks/new", status: 200 },
  "network creation sent empty": {
    path: "/networks/new",
    status: 422,
    act: (page) => Promise.all([page.waitForNavigation(), page.locator("main form button").click()]),
  },
  "network details, logo and history": { path: "/networks/uccn/edit", status: 200 },
  "network sections and history": { path: "/networks/uccn/sections", status: 200 },
  "a section sent without its English name": {
    path: "/networks/uccn/sections",
    status: 422,
    act: (page) =>
      Promise.all([
        page.waitForNavigation(),
        page.locator("#add-heading ~ form button[type=submit]").click(),
      ]),
  },
  "a section to rename or remove": {
    path: "/networks/uccn/sections",
    status: 200,
    act: (page) => Promise.all([page.waitForNavigation(), page.locator("main table a").first().click()]),
  },
  "a logo sent without its text alternative": {
    path: "/networks/uccn/edit",
    status: 422,
    act: (page) =>
      Promise.all([
        page.waitForNavigation(),
        page.locator('form[enctype="multipart/form-data"] button[type="submit"]').click(),
      ]),
  },
};

// "/en" is English chosen on purpose (the switcher's link): a context that read French before still gets English.
const languages = [
  ["en", "/en"],
  ["fr", "/fr"],
  ["es", "/es"],
] as const;

/** The elements that stick out past the right edge of the window, making the page scroll sideways. */
function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // What a scrolling box (a wide table's) or a closed <details> holds does not move the page.
    const contained = (el: Element) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll("main *, header *, footer *")].filter(
      (el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility() && !contained(el),
    );
    // The outermost culprits say where to look; their children stick out with them.
    const found = culprits
      .filter((el) => !culprits.includes(el.parentElement as Element))
      .map(
        (el) =>
          `sticks out sideways: ${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`,
      );
    // Something positioned inside a scrolling box can still widen the page: the page scrolls all the same.
    return found.length ? found : [`the page is ${document.documentElement.scrollWidth} px wide`];
  });
}

/**
 * Visits each page in a language in a window `width` pixels wide; returns by page name what is
 * wrong (an unexpected status, axe's violations, a page scrolling sideways), leaving out good pages.
 */
async function problemsOn(
  context: BrowserContext,
  url: string,
  pages: Record<string, Visit>,
  width = 1280,
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 720 });
  for (const [name, visit] of Object.entries(pages)) {
    const response = await page.goto(`${url}${visit.path}`);
    const acted = visit.act ? await visit.act(page) : undefined;
    const status = Array.isArray(acted) ? acted[0]?.status() : response?.status();
    const problems =
      status === visit.status
        ? [...(await accessibilityViolations(page)), ...(await sidewaysScroll(page))]
        : [`answered ${status} instead of ${visit.status}`];
    if (problems.length > 0) found[name] = problems;
  }
  await page.close();
  return found;
}

describe("accessibility of every page type, in each language", () => {
  let server: LiveServer;
  let browser: Browser;
  let visitor: BrowserContext;
  let admin: BrowserContext;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startLiveServer(), launchBrowser()]);
    await seedDemo(server.platform.deps);
    await createPerson(server.platform, { email: "admin@cities.example.org", isAdmin: true });
    visitor = await browser.newContext();
    admin = await browser.newContext();
    const page = await admin.newPage();
    await page.goto(`${server.baseUrl}/signin`);
    await page.getByLabel("Email address").fill("admin@cities.example.org");
    await page.getByLabel("Password").fill(password);
    await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Sign in" }).click()]);
    // A message in the outbox, so the outbox page shows a real row.
    await page.goto(`${server.baseUrl}/password/forgot`);
    await page.getByLabel("Email address").fill("admin@cities.example.org");
    await Promise.all([page.waitForNavigation(), page.locator("main form button").click()]);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(languages)("public pages have no violations in %s", async (_lang, prefix) => {
    expect(await problemsOn(visitor, server.baseUrl + prefix, publicPages)).toEqual({});
  });

  it.each(languages)("public pages fit a 320-pixel-wide screen in %s", async (_lang, prefix) => {
    expect(await problemsOn(visitor, server.baseUrl + prefix, publicPages, 320)).toEqual({});
  });

  it.each(languages)("an admin's pages have no violations, wide or narrow, in %s", async (_lang, prefix) => {
    expect(await problemsOn(admin, server.baseUrl + prefix, adminPages)).toEqual({});
    expect(await problemsOn(admin, server.baseUrl + prefix, adminPages, 320)).toEqual({});
  });

  it("reports a page that answers with another status than expected", async () => {
    const wrong = { "sign-in as 404": { path: "/signin", status: 404 } };
    expect(await problemsOn(visitor, server.baseUrl, wrong)).toEqual({
      "sign-in as 404": ["answered 200 instead of 404"],
    });
  });
});
