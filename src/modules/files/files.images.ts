import { Readable } from "node:stream";
import sharp from "sharp";
import type { Storage } from "../../lib/storage/index.js";
import type { ImageUse, StoredImage } from "./files.uses.js";

/** Pictures larger than this (in pixels) are refused before they are decoded: 8000 × 5000. */
const maxPixels = 40_000_000;

/**
 * Makes the WebP copies of a stored original, read back from storage as a stream. The copies are
 * small (at most the use's widest size) and are stored as they come. Throws on bytes that are not
 * a picture sharp can read, leaving nothing behind.
 */
export async function makeVariants(
  storage: Storage,
  original: string,
  use: ImageUse,
  folder: string,
): Promise<StoredImage> {
  const source = await storage.get(original);
  if (!source) throw new Error(`The original ${original} is missing`);
  const decoder = sharp({ limitInputPixels: maxPixels, failOn: "error" }).rotate();
  source.body.pipe(decoder);
  const made: StoredImage["variants"] = [];
  try {
    const outputs = await Promise.all(
      use.widths.map((width) =>
        decoder
          .clone()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toBuffer({ resolveWithObject: true }),
      ),
    );
    const seen = new Set<number>();
    for (const { data, info } of outputs) {
      // A small picture gives the same copy for several widths: keep one.
      if (seen.has(info.width)) continue;
      seen.add(info.width);
      const key = `${folder}/${info.width}.webp`;
      await storage.put(key, Readable.from([data]), { contentType: "image/webp" });
      made.push({ key, width: info.width, height: info.height });
    }
  } catch (err) {
    source.body.destroy();
    await Promise.all(made.map((v) => storage.delete(v.key)));
    throw err;
  }
  return { original, variants: made.sort((a, b) => a.width - b.width) };
}

/** Removes an image's original and copies. */
export async function deleteImage(storage: Storage, image: StoredImage): Promise<void> {
  await Promise.all([image.original, ...image.variants.map((v) => v.key)].map((key) => storage.delete(key)));
}
