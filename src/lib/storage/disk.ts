import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertKey, counting, type Storage, type StoredObject } from "./storage.js";

/** Files in a folder: written beside their place, then renamed into it, so none is ever half there. */
export function diskStorage(folder: string): Storage {
  const root = resolve(folder);
  const pathOf = (key: string) => {
    assertKey(key);
    return join(root, ...key.split("/"));
  };
  return {
    description: `folder ${root}`,
    async put(key, body: Readable) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const partial = `${path}.${randomBytes(6).toString("hex")}.partial`;
      const counted = counting(body);
      try {
        await pipeline(counted.stream, createWriteStream(partial, { flags: "wx" }));
        await rename(partial, path);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
      return { size: counted.bytes() };
    },
    async get(key) {
      const path = pathOf(key);
      try {
        const info = await stat(path);
        if (!info.isFile()) return null;
        return { body: createReadStream(path), size: info.size };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async *list(prefix = "") {
      const found: StoredObject[] = [];
      await walk(root, found);
      for (const item of found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
        if (item.key.startsWith(prefix)) yield item;
      }
    },
    async close() {},
  };

  async function walk(dir: string, found: StoredObject[]): Promise<void> {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
      throw err;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, found);
      else if (entry.isFile() && !entry.name.endsWith(".partial")) {
        found.push({ key: relative(root, path).split(sep).join("/"), size: (await stat(path)).size });
      }
    }
  }
}
