import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import multipart from "@fastify/multipart";
import Fastify, { type FastifyInstance } from "fastify";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3, startLocalS3 } from "../../../tests/s3.js";
import { registerMessages, translator } from "../../lib/i18n/index.js";
import { diskStorage, type Storage, s3Storage } from "../../lib/storage/index.js";
import { readImageText } from "./files.alt.js";
import { messages } from "./files.messages.js";
import { receiveImage } from "./files.uploads.js";
import type { ImageUse } from "./files.uses.js";

registerMessages(messages);
const t = translator("en");
const use: ImageUse = {
  name: "logos",
  types: ["image/png", "image/jpeg", "image/webp", "image/gif"],
  maxBytes: 300 * 1024,
  widths: [160, 320, 640],
};

const folder = mkdtempSync(join(tmpdir(), "cityexchange-uploads-"));
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** The route a feature writes: an image form read through receiveImage, answering what happened. */
async function uploadServer(storage: Storage) {
  const app: FastifyInstance = Fastify();
  await app.register(multipart, { throwFileSizeLimit: false });
  app.post("/upload", async (request, reply) => {
    const result = await receiveImage({ storage }, request, {
      use,
      field: "file",
      label: "Logo",
      check: (fields) => {
        const text = readImageText(fields, t);
        return text.ok ? null : text.errors;
      },
      t,
    });
    return reply.status(result.ok ? 201 : 422).send(result);
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/upload` };
}

function picture(width: number, height: number, format: "png" | "jpeg", noise = false) {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 20, g: 90, b: 160 },
      ...(noise ? { noise: { type: "gaussian" as const, mean: 128, sigma: 60 } } : {}),
    },
  })
    .toFormat(format)
    .toBuffer();
}

function form(fields: Record<string, string>, file?: { bytes: Buffer | string; name: string; type: string }) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  if (file)
    body.append(
      "file",
      new Blob([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)], {
        type: file.type,
      }),
      file.name,
    );
  return body;
}

const drivers: [string, () => Storage][] = [
  ["a folder", () => diskStorage(folder)],
  ["an S3 bucket", () => s3Storage(s3.options)],
];

describe.each(drivers)("an image uploaded to %s", (_name, open) => {
  let storage: Storage;
  let server: Awaited<ReturnType<typeof uploadServer>>;
  beforeAll(async () => {
    storage = open();
    server = await uploadServer(storage);
  });
  afterAll(async () => {
    await server?.app.close();
    await storage?.close();
  });

  async function stored(): Promise<string[]> {
    const keys: string[] = [];
    for await (const item of storage.list("logos/")) keys.push(item.key);
    return keys;
  }

  async function send(body: FormData) {
    const response = await fetch(server.url, { method: "POST", body });
    return { status: response.status, body: (await response.json()) as Record<string, never> };
  }

  it("is kept with WebP copies 160, 320 and 640 pixels wide, each with its height", async () => {
    const bytes = await picture(1200, 600, "jpeg");
    const answer = await send(
      form({ altEn: "UCLG", altFr: "CGLU" }, { bytes, name: "logo.jpg", type: "image/jpeg" }),
    );
    expect(answer.status).toBe(201);
    const image = answer.body.image as {
      original: string;
      variants: { key: string; width: number; height: number }[];
    };
    expect(image.original).toMatch(/^logos\/[0-9a-f]{24}\/original\.jpg$/);
    expect(image.variants.map((v) => [v.width, v.height])).toEqual([
      [160, 80],
      [320, 160],
      [640, 320],
    ]);
    const copy = await storage.get(image.variants[0].key);
    const chunks: Buffer[] = [];
    for await (const chunk of copy?.body ?? []) chunks.push(chunk as Buffer);
    expect((await sharp(Buffer.concat(chunks)).metadata()).format).toBe("webp");
    expect(await stored()).toHaveLength(4);
    for (const key of [image.original, ...image.variants.map((v) => v.key)]) await storage.delete(key);
  });

  it("keeps one copy per width a small picture really has, never enlarged", async () => {
    const answer = await send(
      form(
        { altEn: "A small logo" },
        { bytes: await picture(200, 100, "png"), name: "s.png", type: "image/png" },
      ),
    );
    const image = answer.body.image as { original: string; variants: { key: string; width: number }[] };
    expect(image.variants.map((v) => v.width)).toEqual([160, 200]);
    for (const key of [image.original, ...image.variants.map((v) => v.key)]) await storage.delete(key);
  });

  it.each([
    [
      "an SVG drawing",
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      "logo.svg",
      "image/svg+xml",
    ],
    ["text named like a PNG", "just some words, not a picture at all", "logo.png", "image/png"],
    [
      "a PDF, whose type is known but not allowed here",
      "%PDF-1.7\n1 0 obj <<>> endobj\n",
      "logo.pdf",
      "application/pdf",
    ],
  ])("refuses %s by the bytes it holds, and stores nothing", async (_what, bytes, name, type) => {
    const answer = await send(form({ altEn: "Logo" }, { bytes, name, type }));
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({
      file: "Logo must be a picture in one of these formats: PNG, JPEG, WebP, GIF",
    });
    expect(await stored()).toEqual([]);
  });

  it("refuses a picture over the size limit, removing what was written of it", async () => {
    const bytes = await picture(1000, 1000, "png", true);
    expect(bytes.length).toBeGreaterThan(use.maxBytes);
    const answer = await send(form({ altEn: "Noise" }, { bytes, name: "big.png", type: "image/png" }));
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({ file: "Logo must be smaller than 300 KB" });
    expect(await stored()).toEqual([]);
  });

  it("refuses a picture without a text alternative before storing a byte of it", async () => {
    const bytes = await picture(400, 200, "png");
    const answer = await send(form({ altEn: "  " }, { bytes, name: "logo.png", type: "image/png" }));
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({
      altEn: "Enter a text alternative in at least one language, or say the picture is decoration",
    });
    expect(await stored()).toEqual([]);
  });

  it("accepts a picture said to be decoration, with an empty text alternative", async () => {
    const bytes = await picture(400, 200, "png");
    const answer = await send(
      form({ decorative: "yes", altEn: "ignored" }, { bytes, name: "d.png", type: "image/png" }),
    );
    expect(answer.status).toBe(201);
    const image = answer.body.image as { original: string; variants: { key: string }[] };
    for (const key of [image.original, ...image.variants.map((v) => v.key)]) await storage.delete(key);
  });

  it("refuses a picture whose header is right but whose body is broken, and stores nothing", async () => {
    const good = await picture(400, 200, "png");
    const broken = Buffer.concat([good.subarray(0, 64), Buffer.alloc(2000, 7)]);
    const answer = await send(form({ altEn: "Broken" }, { bytes: broken, name: "b.png", type: "image/png" }));
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({
      file: "Logo could not be read as a picture: save it again as PNG or JPEG",
    });
    expect(await stored()).toEqual([]);
  });

  it("asks for a file when none was chosen", async () => {
    const answer = await send(
      form({ altEn: "Logo" }, { bytes: "", name: "", type: "application/octet-stream" }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({ file: "Choose a file for Logo" });
  });
});
