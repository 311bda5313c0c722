import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3, startLocalS3 } from "../../../tests/s3.js";
import { diskStorage, type Storage, s3Storage } from "./index.js";

const folder = mkdtempSync(join(tmpdir(), "cityexchange-storage-"));
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const drivers: [string, () => Storage][] = [
  ["a folder", () => diskStorage(folder)],
  ["an S3 bucket", () => s3Storage(s3.options)],
];

async function keys(storage: Storage, prefix?: string) {
  const found: string[] = [];
  for await (const item of storage.list(prefix)) found.push(`${item.key} ${item.size}`);
  return found;
}

describe.each(drivers)("storage in %s", (_name, open) => {
  let storage: Storage;
  beforeAll(() => {
    storage = open();
  });
  afterAll(() => storage?.close());

  it("keeps a streamed file, gives it back, lists it and removes it", async () => {
    // Many chunks of unknown total length, as an upload arrives.
    const chunks = Array.from({ length: 200 }, (_, i) => `line ${i} ${"é".repeat(50)}\n`);
    const written = await storage.put("notes/a1/original.pdf", Readable.from(chunks), {
      contentType: "application/pdf",
    });
    expect(written.size).toBe(Buffer.byteLength(chunks.join("")));
    const found = await storage.get("notes/a1/original.pdf");
    expect(found?.size).toBe(written.size);
    expect(await text(found?.body as Readable)).toBe(chunks.join(""));
    await storage.put("notes/b2/160.webp", Readable.from([Buffer.from("x")]), { contentType: "image/webp" });
    expect(await keys(storage, "notes/")).toEqual([
      `notes/a1/original.pdf ${written.size}`,
      "notes/b2/160.webp 1",
    ]);
    await storage.delete("notes/a1/original.pdf");
    await storage.delete("notes/a1/original.pdf");
    expect(await storage.get("notes/a1/original.pdf")).toBeNull();
    expect(await keys(storage, "notes/")).toEqual(["notes/b2/160.webp 1"]);
  });

  it("refuses a key that would leave its place", async () => {
    for (const key of ["../escape.png", "a/../../b.png", "/abs.png", "A.PNG", "a//b.png"]) {
      await expect(storage.put(key, Readable.from(["x"]), { contentType: "image/png" })).rejects.toThrow(
        /Not a storage key/,
      );
    }
  });

  it("keeps nothing of a stream that fails half-way", async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
        this.destroy(new Error("connection lost"));
      },
    });
    await expect(
      storage.put("broken/c3/original.png", failing, { contentType: "image/png" }),
    ).rejects.toThrow();
    expect(await keys(storage, "broken/")).toEqual([]);
  });
});
