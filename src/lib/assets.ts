import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fromRoot } from "./paths.js";

export interface BuiltAsset {
  body: string;
  type: string;
  url: string;
}

type Assets = Record<"css" | "js", BuiltAsset>;

const clientFolder = fromRoot("src/client");

/** A hash of every file the stylesheet and the script are bundled from, and of the bundler. */
function sourcesHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(clientFolder.length)).update("\0").update(readFileSync(path));
    }
  };
  walk(clientFolder);
  hash.update(JSON.parse(readFileSync(fromRoot("node_modules/esbuild/package.json"), "utf8")).version);
  return hash.digest("hex").slice(0, 16);
}

async function bundle(): Promise<{ css: string; js: string }> {
  const { build } = await import("esbuild");
  const [js, css] = await Promise.all([
    build({
      entryPoints: [join(clientFolder, "app.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2019",
      write: false,
    }),
    build({ entryPoints: [join(clientFolder, "app.css")], bundle: true, minify: true, write: false }),
  ]);
  return { js: js.outputFiles[0].text, css: css.outputFiles[0].text };
}

/** Where the bundles of one version of the sources are kept between starts. */
export function assetsCachePath(hash = sourcesHash()): string {
  return fromRoot(`dist/assets/${hash}.json`);
}

let inProcess: Promise<Assets> | undefined;

/**
 * The stylesheet and the small script, bundled by esbuild once per version of their sources:
 * kept in `dist/assets/` (ignored by git) and read from there by every later start, so a start
 * does not load esbuild or bundle again; and once per process. Their URLs carry a content hash,
 * so browsers may keep them for a year. A read-only install bundles in memory at each start.
 */
export function buildAssets(): Promise<Assets> {
  inProcess ??= loadAssets().catch((err) => {
    inProcess = undefined;
    throw err;
  });
  return inProcess;
}

/** The assets, read from `cache` when it is there, else bundled and kept there. */
export async function loadAssets(cache = assetsCachePath()): Promise<Assets> {
  let texts: { css: string; js: string };
  try {
    texts = JSON.parse(readFileSync(cache, "utf8"));
  } catch {
    texts = await bundle();
    try {
      mkdirSync(dirname(cache), { recursive: true });
      // Written aside and renamed: a start running meanwhile reads the whole file or none.
      const temporary = `${cache}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify(texts));
      renameSync(temporary, cache);
    } catch {
      // A read-only install: bundled again at the next start.
    }
  }
  const asset = (text: string, ext: "css" | "js", type: string): BuiltAsset => {
    const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
    return { body: text, type, url: `/assets/app.${hash}.${ext}` };
  };
  return {
    js: asset(texts.js, "js", "text/javascript; charset=utf-8"),
    css: asset(texts.css, "css", "text/css; charset=utf-8"),
  };
}

export function readPublicFile(name: string): Buffer {
  return readFileSync(fromRoot(`public/${name}`));
}
