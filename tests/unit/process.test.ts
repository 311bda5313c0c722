import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

function serve(dataDir: string, extraEnv: Record<string, string> = {}) {
  // Vitest puts Vite's BASE_URL, MODE... into the environment: the server must not see them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  // The command as `npm start` runs it: bin/cityexchange.js, which runs the bundle of src/.
  const child = spawn(process.execPath, ["bin/cityexchange.js", "serve"], {
    env: { ...env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/i.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    child.on("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code}: ${output}`));
    });
  });
  listening.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, listening, exited, output: () => output };
}

describe("the server process", () => {
  const dir = mkdtempSync(join(tmpdir(), "cityexchange-process-"));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second process on the same data folder, then stops cleanly on SIGTERM", async () => {
    const first = serve(dir);
    children.push(first.child);
    const url = await first.listening;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // The bundle finds the files it serves: the stylesheet a page links to, and the map's land.
    const page = await (await fetch(`${url}/directory`)).text();
    const css = /href="(\/assets\/app\.\w+\.css)"/.exec(page)?.[1];
    expect(css).toBeDefined();
    expect((await fetch(`${url}${css}`)).status).toBe(200);

    const second = serve(dir);
    children.push(second.child);
    expect(await second.exited).toBe(2);
    expect(second.output()).toMatch(/in use by another CityExchange process/);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dir, "cityexchange.lock"))).toBe(false);
  }, 120_000);

  it("starts again on the same folder after a kill -9", async () => {
    const first = serve(dir);
    children.push(first.child);
    await first.listening;
    first.child.kill("SIGKILL");
    await first.exited;
    const again = serve(dir);
    children.push(again.child);
    const url = await again.listening;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
  }, 120_000);

  it("stops at boot with a message naming a bad variable", async () => {
    const bad = serve(dir, { PORT: "not-a-port" });
    children.push(bad.child);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/PORT/);
  }, 60_000);
});
