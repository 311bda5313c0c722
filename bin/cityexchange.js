#!/usr/bin/env node
// The `cityexchange` command. It runs the CLI from one ES module that esbuild bundles from src/
// (rebuilt whenever a source file is newer than it): a bundle starts in a fraction of the time
// that compiling a hundred TypeScript files on the fly takes. Packages stay in node_modules.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const bundle = join(root, "dist", "cityexchange.mjs");

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

const sources = [join(root, "src"), fileURLToPath(import.meta.url), join(root, "package.json")];
const changed = Math.max(
  ...sources.map((p) => (statSync(p).isDirectory() ? newestChange(p) : statSync(p).mtimeMs)),
);
/** Bundles src/ into dist/; false when dist/ cannot be written (a read-only install). */
async function rebuild() {
  const started = new Date();
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(root, "src", "cli.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    jsx: "automatic",
    jsxImportSource: "preact",
    sourcemap: "linked",
    outfile: bundle,
    write: false,
    logLevel: "warning",
  });
  try {
    mkdirSync(dirname(bundle), { recursive: true });
    // Written aside and renamed: a command started meanwhile reads the old bundle or the new, whole.
    for (const file of result.outputFiles) {
      const temporary = `${file.path}.${process.pid}`;
      writeFileSync(temporary, file.contents);
      // Dated from the build's start, so a source saved during the build makes it stale again.
      utimesSync(temporary, started, started);
      renameSync(temporary, file.path);
    }
    return true;
  } catch {
    return false;
  }
}

if (existsSync(bundle) && statSync(bundle).mtimeMs >= changed) {
  await import(pathToFileURL(bundle).href);
} else if (await rebuild()) {
  await import(pathToFileURL(bundle).href);
} else {
  // dist/ is not writable: run the sources, compiled on the fly.
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "src", "cli.ts")).href);
}
