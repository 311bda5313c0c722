import { type Readable, Transform } from "node:stream";

/** One stored file, as a listing gives it. */
export interface StoredObject {
  key: string;
  size: number;
}

/**
 * Where uploaded files live: a folder (the default, under DATA_DIR) or an S3-compatible bucket.
 * Keys are relative paths of lower-case letters, digits, dots, dashes and slashes. An object
 * appears whole or not at all: a reader never sees half of one.
 */
export interface Storage {
  /** What and where, for logs and messages: "folder /data/files", "bucket media at https://…". */
  readonly description: string;
  /** Streams `body` into the object `key`, replacing any; resolves with the bytes written. */
  put(key: string, body: Readable, options: { contentType: string }): Promise<{ size: number }>;
  /** The object's bytes as a stream, or null when there is none. */
  get(key: string): Promise<{ body: Readable; size: number } | null>;
  /** Removes the object; removing one that does not exist is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`, in key order. */
  list(prefix?: string): AsyncIterable<StoredObject>;
  /** Releases connections, if any. */
  close(): Promise<void>;
}

const keyPattern = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*(?:\.[a-z0-9]+)?$/;

/** Refuses a key that could leave the storage's root or that a bucket would read otherwise. */
export function assertKey(key: string): void {
  if (key.length > 300 || !keyPattern.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

const types: Record<string, string> = {
  webp: "image/webp",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  avif: "image/avif",
  pdf: "application/pdf",
};

/** The content type a stored file is served with, from its extension; null for one we never store. */
export function contentTypeOf(key: string): string | null {
  const extension = /\.([a-z0-9]+)$/.exec(key)?.[1];
  return (extension && types[extension]) || null;
}

/** The extension a file of this content type is stored with. */
export function extensionOf(contentType: string): string | null {
  return Object.entries(types).find(([, type]) => type === contentType)?.[0] ?? null;
}

/** The stream as it passes, and how many bytes have passed; an error upstream fails it too. */
export function counting(body: Readable): { stream: Readable; bytes: () => number } {
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const data = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      bytes += data.length;
      done(null, data);
    },
  });
  body.on("error", (err) => stream.destroy(err));
  body.pipe(stream);
  return { stream, bytes: () => bytes };
}
