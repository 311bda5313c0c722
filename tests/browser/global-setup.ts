import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { browserArgs, chromiumPath } from "./browser.js";

/**
 * One Chromium for the whole browser project: each test file connects to it (and opens its own
 * contexts) instead of starting a browser of its own, which took seconds per file.
 */
export default async function setup(project: TestProject) {
  const server = await chromium.launchServer({
    executablePath: await chromiumPath(),
    headless: true,
    args: browserArgs,
  });
  project.provide("browserEndpoint", server.wsEndpoint());
  return async () => {
    await server.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared browser's WebSocket endpoint (browser project only). */
    browserEndpoint: string;
  }
}
