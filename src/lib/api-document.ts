import type { SwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { apiTagKey, type ModuleApi } from "./api.js";
import { hasMessage, registerMessages, translate } from "./i18n/index.js";

/** The name of the cookie a signed-in browser sends; declared as a security scheme. */
const SESSION_COOKIE = "cx_session";

export const securitySchemes = {
  bearerToken: {
    type: "http",
    scheme: "bearer",
    description:
      "A personal API token, created on the account page (/account/tokens) and sent as " +
      "`Authorization: Bearer <token>`. Writes so authenticated need no CSRF token.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description:
      "The session of a browser signed in on this site. Writes also need the session's CSRF token " +
      "in the `x-csrf-token` header.",
  },
} as const;

/** Who may write: a token, or a session. Reads need neither. */
const writeSecurity = [{ bearerToken: [] }, { sessionCookie: [] }];

/** A module that contributes to the API document, as the server knows it. */
export interface ApiContributor {
  name: string;
  api?: ModuleApi;
}

/** Checks a module's API texts and registers them under `api.`. */
export function registerApiTexts(mod: ApiContributor): void {
  if (!mod.api) return;
  const { tags, texts } = mod.api;
  const prefixed = Object.fromEntries(
    Object.entries(texts).map(([locale, entries]) => {
      for (const key of Object.keys(entries)) {
        if (
          key.startsWith("tag.")
            ? !tags.includes(key.slice(4))
            : !/^\w+\.(summary|description|param\.\w+)$/.test(key)
        )
          throw new Error(
            `API text of module ${mod.name} is keyed neither by one of its tags nor per operation: ${key}`,
          );
      }
      return [locale, Object.fromEntries(Object.entries(entries).map(([k, v]) => [`api.${k}`, v]))];
    }),
  );
  registerMessages(prefixed as ModuleApi["texts"]);
}

function english(key: string, what: string): string {
  if (!hasMessage("en", key))
    throw new Error(`The API document lacks a text for ${what} (message key ${key})`);
  return translate("en", key);
}

type JsonObject = { properties?: Record<string, { description?: string }> };

/**
 * One operation's texts come from its module's catalogue, keyed by its operationId: the English
 * ones are written into the document here, so they are written once. A parameter without a text of
 * its operation takes the platform's (`api.param.<name>`, for `lang`, `page`, `perPage`).
 */
function transform(input: Parameters<typeof jsonSchemaTransform>[0]) {
  if (!input.schema || !input.url.startsWith("/api/")) return { schema: { hide: true }, url: input.url };
  const result = jsonSchemaTransform(input);
  const schema = result.schema as Record<string, unknown> & {
    operationId?: string;
    hide?: boolean;
    querystring?: JsonObject;
    params?: JsonObject;
  };
  if (schema.hide) return result;
  const id = schema.operationId;
  if (!id) throw new Error(`The API route ${input.url} has no operationId`);
  schema.summary = english(`api.${id}.summary`, `the summary of ${id}`);
  if (hasMessage("en", `api.${id}.description`))
    schema.description = translate("en", `api.${id}.description`);
  for (const where of [schema.querystring, schema.params]) {
    for (const [name, property] of Object.entries(where?.properties ?? {})) {
      const own = `api.${id}.param.${name}`;
      property.description = english(hasMessage("en", own) ? own : `api.param.${name}`, `${id}'s ${name}`);
    }
  }
  const methods = [input.route.method].flat();
  schema.security = methods.every((m) => m === "GET" || m === "HEAD") ? [] : writeSecurity;
  return { ...result, schema };
}

/** Keeps only the components an operation refers to, directly or through another component. */
function pruneComponents(
  doc: Record<string, unknown> & { components?: { schemas?: Record<string, unknown> } },
) {
  const schemas = doc.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string" && child.startsWith("#/components/schemas/")) {
        const name = child.slice("#/components/schemas/".length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit(doc.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

/** The options of @fastify/swagger: the document's frame, its texts, tags and named schemas. */
export function apiDocumentOptions(baseUrl: string, contributors: ApiContributor[]): SwaggerOptions {
  const withApi = contributors.filter((m) => m.api);
  const tags = withApi.flatMap((m) =>
    (m.api as ModuleApi).tags.map((name) => ({
      name,
      description: english(apiTagKey(name), `tag ${name}`),
    })),
  );
  const listed = withApi
    .map(
      (m) => `- **${m.name}**: ${(m.api as ModuleApi).tags.map((t) => english(apiTagKey(t), t)).join(", ")}`,
    )
    .join("\n");
  return {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "CityExchange API",
        version: "1.0.0",
        description:
          "Public data of the city networks hosted here, and the writes of their editors.\n\n" +
          `The modules present on this installation:\n${listed}`,
        license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
      },
      servers: [{ url: baseUrl }],
      tags,
      components: { securitySchemes: securitySchemes as never },
    },
    transform: transform as never,
    transformObject: (input) => pruneComponents(jsonSchemaTransformObject(input) as never) as never,
  };
}
