import { z } from "zod";

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
    pageCacheBytes: Math.round(e.PAGE_CACHE_MB * 1024 * 1024),
    production,
  };
}
