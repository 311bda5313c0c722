import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { fromRoot } from "./paths.js";

export interface BuiltAsset {
  body: string;
  type: string;
  url: string;
}

/**
 * Bundles the stylesheet and the small script once at boot. Their URLs carry a content hash,
 * so browsers may keep them for a year.
 */
export async function buildAssets(): Promise<Record<"css" | "js", BuiltAsset>> {
  const [js, css] = await Promise.all([
    build({
      entryPoints: [fromRoot("src/client/app.ts")],
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2019",
      write: false,
    }),
    build({ entryPoints: [fromRoot("src/client/app.css")], bundle: true, minify: true, write: false }),
  ]);
  const asset = (text: string, ext: "css" | "js", type: string): BuiltAsset => {
    const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
    return { body: text, type, url: `/assets/app.${hash}.${ext}` };
  };
  return {
    js: asset(js.outputFiles[0].text, "js", "text/javascript; charset=utf-8"),
    css: asset(css.outputFiles[0].text, "css", "text/css; charset=utf-8"),
  };
}

export function readPublicFile(name: string): Buffer {
  return readFileSync(fromRoot(`public/${name}`));
}
