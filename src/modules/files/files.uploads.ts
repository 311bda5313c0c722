import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import { fileTypeStream } from "file-type";
import type { AppDeps } from "../../lib/http.js";
import type { Translate } from "../../lib/i18n/index.js";
import { extensionOf } from "../../lib/storage/index.js";
import type { FieldErrors } from "../../lib/validation.js";
import { deleteImage, makeVariants } from "./files.images.js";
import type { ImageUse, StoredImage } from "./files.uses.js";

export type ImageUpload =
  | { ok: true; fields: Record<string, string>; image: StoredImage }
  | { ok: false; fields: Record<string, string>; errors: FieldErrors };

export interface ImageUploadOptions {
  use: ImageUse;
  /** The file input's name. */
  field: string;
  /** Its label, for messages naming it. */
  label: string;
  /**
   * Checks the form's other fields, which come before the file in the form: when they are wrong,
   * the file is not stored at all.
   */
  check: (fields: Record<string, string>) => FieldErrors | null;
  t: Translate;
}

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  await finished(stream).catch(() => {});
}

const knownNames: Record<string, string> = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "application/pdf": "PDF",
};

/** "PNG, JPEG, WebP, GIF": the allowed types as people know them. */
function typeNames(use: ImageUse): string {
  return use.types.map((type) => knownNames[type] ?? type).join(", ");
}

/** "5 MB", "300 KB", in the reader's language. */
function sizeName(bytes: number, t: Translate): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1
    ? t("files.size.mb", { n: Math.floor(mb) })
    : t("files.size.kb", { n: Math.floor(bytes / 1024) });
}

/**
 * Reads a multipart form with one image: its fields, then the file streamed into storage as it
 * arrives (never whole in memory). The type is read from the bytes, not from the name or the
 * browser's word; the size is capped by the parser. Whatever is refused (a wrong type, too large,
 * unreadable, the other fields wrong) leaves nothing stored.
 */
export async function receiveImage(
  deps: Pick<AppDeps, "storage">,
  request: FastifyRequest,
  options: ImageUploadOptions,
): Promise<ImageUpload> {
  const { use, field, label, t } = options;
  const { storage } = deps;
  const fields: Record<string, string> = {};
  let errors: FieldErrors | null = null;
  let image: StoredImage | null = null;
  let original: string | null = null;
  const refuse = (key: string, params: Record<string, string | number> = {}) => {
    errors = { [field]: t(key, { field: label, ...params }) };
  };
  try {
    const parts = request.parts({
      limits: { fileSize: use.maxBytes, files: 1, fields: 40, fieldSize: 10_000, parts: 41 },
    });
    for await (const part of parts) {
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      // An empty file input still sends a part, with no name and no bytes: no file was chosen.
      if (part.fieldname !== field || errors || original || !part.filename) {
        await drain(part.file);
        continue;
      }
      errors = options.check(fields);
      if (errors) {
        await drain(part.file);
        continue;
      }
      const typed = await fileTypeStream(part.file, { sampleSize: 4100 });
      const type = typed.fileType?.mime;
      if (!type || !use.types.includes(type)) {
        await drain(typed);
        refuse("files.error.type", { types: typeNames(use) });
        continue;
      }
      const folder = `${use.name}/${randomBytes(12).toString("hex")}`;
      original = `${folder}/original.${extensionOf(type)}`;
      await storage.put(original, typed, { contentType: type });
      if (part.file.truncated) {
        refuse("files.error.size", { max: sizeName(use.maxBytes, t) });
        continue;
      }
      try {
        image = await makeVariants(storage, original, use, folder);
      } catch {
        refuse("files.error.unreadable");
      }
    }
  } catch (err) {
    await discard();
    throw err;
  }
  if (!errors && !image)
    errors = options.check(fields) ?? { [field]: t("files.error.missing", { field: label }) };
  if (errors || !image) {
    await discard();
    return { ok: false, fields, errors: errors ?? {} };
  }
  return { ok: true, fields, image };

  async function discard() {
    if (image) await deleteImage(storage, image);
    else if (original) await storage.delete(original);
  }
}
