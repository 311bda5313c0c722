import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { type Browser, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { createTestPlatform, type TestPlatform } from "../harness.js";

const require = createRequire(import.meta.url);

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the browser shipped in the @sparticuz/chromium package. */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const { default: packaged } = await import("@sparticuz/chromium");
  return packaged.executablePath();
}

export const browserArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * The browser of the browser project, started once by its global setup: a test file connects to
 * it, and its `close()` disconnects this file only. Outside that project, a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = inject("browserEndpoint");
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: browserArgs });
}

export interface LiveServer {
  platform: TestPlatform;
  baseUrl: string;
  stop(): Promise<void>;
}

/** The real app on a fresh embedded database, listening on a free loopback port. */
export async function startLiveServer(env: Record<string, string> = {}): Promise<LiveServer> {
  const platform = await createTestPlatform("pglite", env);
  await platform.app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = platform.app.server.address() as AddressInfo;
  return { platform, baseUrl: `http://127.0.0.1:${port}`, stop: () => platform.stop() };
}

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page for WCAG 2.2 A and AA; returns readable violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP does not need loosening.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}
