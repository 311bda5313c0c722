import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The checkout's root folder: the nearest one up with CityExchange's package.json. Found rather
 * than computed from this file's place, because the code also runs bundled into dist/.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "cityexchange")
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("CityExchange's package.json was not found above its code");
    dir = parent;
  }
}

export const projectRoot = findRoot();

/** A path inside the checkout: fromRoot("src/db/migrations"). */
export function fromRoot(path: string): string {
  return join(projectRoot, path);
}
