import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error s3rver ships no types; its constructor, run() and close() are all we use.
import S3rver from "s3rver";
import type { S3Options } from "../src/lib/storage/index.js";

export interface LocalS3 {
  options: S3Options;
  /** The same server, as the environment of a platform would name it. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** An S3-compatible server on a free loopback port, its files in a temporary folder, with one empty bucket. */
export async function startLocalS3(bucket = "media"): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), "cityexchange-s3-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = (await server.run()) as AddressInfo;
  // s3rver accepts any signature made with its fixed key pair.
  const options: S3Options = {
    url: `http://127.0.0.1:${port}`,
    bucket,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  };
  return {
    options,
    env: {
      S3_URL: options.url,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: options.accessKeyId,
      S3_SECRET_ACCESS_KEY: options.secretAccessKey,
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
