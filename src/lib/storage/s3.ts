import type { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { assertKey, counting, type Storage } from "./storage.js";

export interface S3Options {
  /** The server's address: https://s3.eu-west-3.amazonaws.com, http://127.0.0.1:9000 for a local one. */
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Files in a bucket of any S3-compatible server (AWS, MinIO, Garage, Ceph...). Addresses are
 * path-style (https://server/bucket/key), which every such server understands. An upload of
 * unknown length goes up in parts, so a large file never sits whole in memory.
 */
export function s3Storage(options: S3Options): Storage {
  const client = new S3Client({
    endpoint: options.url,
    region: options.region,
    forcePathStyle: true,
    // Checksums only where S3 requires them: many compatible servers do not read the trailing
    // checksums that the SDK otherwise adds to every upload.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const Bucket = options.bucket;
  return {
    description: `bucket ${Bucket} at ${options.url}`,
    async put(key, body: Readable, { contentType }) {
      assertKey(key);
      const counted = counting(body);
      await new Upload({
        client,
        params: { Bucket, Key: key, Body: counted.stream, ContentType: contentType },
      }).done();
      return { size: counted.bytes() };
    },
    async get(key) {
      assertKey(key);
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return { body: answer.Body as Readable, size: answer.ContentLength ?? 0 };
      } catch (err) {
        if (err instanceof NoSuchKey) return null;
        if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return null;
        throw err;
      }
    },
    async delete(key) {
      assertKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async *list(prefix = "") {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }),
        );
        for (const item of page.Contents ?? []) {
          if (item.Key) yield { key: item.Key, size: item.Size ?? 0 };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async close() {
      client.destroy();
    },
  };
}
