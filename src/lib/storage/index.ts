import { join } from "node:path";
import type { Config } from "../../config.js";
import { diskStorage } from "./disk.js";
import { s3Storage } from "./s3.js";
import type { Storage } from "./storage.js";

export { diskStorage } from "./disk.js";
export { type S3Options, s3Storage } from "./s3.js";
export { assertKey, contentTypeOf, extensionOf, type Storage, type StoredObject } from "./storage.js";

/** The storage the configuration names: an S3 bucket when S3_URL is set, else a folder (FILES_DIR, or DATA_DIR/files). */
export function openStorage(config: Config): Storage {
  if (config.s3) return s3Storage(config.s3);
  return diskStorage(config.filesDir ?? join(config.dataDir, "files"));
}
