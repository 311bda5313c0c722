import { isIP } from "node:net";
import { z } from "zod";

/** The proxies' own names for ranges, understood by Fastify's trustProxy (proxy-addr). */
const proxyRanges = ["loopback", "linklocal", "uniquelocal"];

function isProxyAddress(value: string): boolean {
  if (proxyRanges.includes(value)) return true;
  const [address, bits, ...rest] = value.split("/");
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/**
 * Who may say which address a request came from (X-Forwarded-For): nobody by default, or the
 * number of proxies in front, or their addresses. Trusting everyone would let any client pick the
 * address its rate limits count.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (/^\d+$/.test(value)) return Number(value) === 0 ? false : Number(value);
    if (value === "false") return false;
    const list = value.split(",").map((v) => v.trim());
    if (list.every(isProxyAddress)) return list;
    ctx.addIssue({
      code: "custom",
      message:
        "must be the number of proxies in front (such as 1) or their addresses (such as 10.0.0.1,192.168.0.0/16)",
    });
    return z.NEVER;
  });

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("CityExchange <no-reply@cityexchange.localhost>"),
  BASE_URL: z.url("must be a URL such as https://cities.example.org").optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  TRUST_PROXY: trustProxy.optional(),
  FILES_DIR: z.string().min(1).optional(),
  S3_URL: z.url("must be the address of an S3-compatible server, such as https://s3.example.org").optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  PAGE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default("development"),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  baseUrl: string;
  sessionSecret: string;
  logLevel: Env["LOG_LEVEL"];
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses and ranges. */
  trustProxy: false | number | string[];
  /** Where uploaded files go when no bucket is configured (default: DATA_DIR/files). */
  filesDir?: string;
  /** An S3-compatible bucket for uploaded files, when S3_URL is set. */
  s3?: { url: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };
  /** Bytes of rendered public answers kept in memory; 0 turns the cache off. */
  pageCacheBytes: number;
  production: boolean;
}

export class ConfigError extends Error {}

/** Reads the environment once; a bad variable stops the boot with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError("Invalid environment:\n  SESSION_SECRET: required when NODE_ENV=production");
  }
  let s3: Config["s3"];
  if (e.S3_URL) {
    const missing = (["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const).filter((k) => !e[k]);
    if (missing.length > 0) {
      throw new ConfigError(
        `Invalid environment:\n${missing.map((k) => `  ${k}: required when S3_URL is set`).join("\n")}`,
      );
    }
    s3 = {
      url: e.S3_URL,
      bucket: e.S3_BUCKET as string,
      region: e.S3_REGION,
      accessKeyId: e.S3_ACCESS_KEY_ID as string,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY as string,
    };
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    // A development secret keeps `npm start` zero-configuration; production must set its own.
    sessionSecret: e.SESSION_SECRET ?? "development-secret-change-me-0123456789abcdef",
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY ?? false,
    filesDir: e.FILES_DIR,
    s3,
    pageCacheBytes: Math.round(e.PAGE_CACHE_MB * 1024 * 1024),
    production,
  };
}
