import { messageKeys } from "../../lib/i18n/keys.js";
/** A JSON Schema as @fastify/swagger emits it: only the keywords the docs page reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  examples?: unknown[];
  pattern?: string;
}

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown> };
}

/** The document with every `$ref` to a named schema replaced by the schema: what a reader needs. */
export function inlineRefs(doc: OpenApiDocument): OpenApiDocument {
  const schemas = doc.components?.schemas ?? {};
  const inline = (value: unknown, seen: string[]): unknown => {
    if (Array.isArray(value)) return value.map((v) => inline(v, seen));
    if (!value || typeof value !== "object") return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = ref.slice("#/components/schemas/".length);
      // A schema that contains itself is shown once, not unrolled.
      return seen.includes(name) ? {} : inline(schemas[name], [...seen, name]);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inline(v, seen)]));
  };
  return { ...doc, paths: inline(doc.paths, []) as OpenApiDocument["paths"] };
}

/** Where a parameter is given, and the short type names the docs page shows, each with its label. */
const parameterPlaces = ["query", "path", "header"] as const;
export const parameterPlaceLabel = messageKeys("api.docs.in", parameterPlaces);
const docTypes = [
  "string",
  "integer",
  "number",
  "boolean",
  "object",
  "array",
  "enum",
  "mixed",
  "any",
  "null",
] as const;
export const docTypeLabel = messageKeys("api.type", docTypes);
type DocType = (typeof docTypes)[number];

export interface DocParameter {
  name: string;
  in: (typeof parameterPlaces)[number];
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

export interface DocOperation {
  id: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  parameters: DocParameter[];
  /** The schema of the JSON the request sends, for writes. */
  body?: JsonSchema;
  /** The schema of the successful answer. */
  response?: JsonSchema;
  /** The error statuses the operation documents. */
  errors: string[];
  /** The request written as a curl command, with example values. */
  curl: string;
}

const methods = ["get", "post", "put", "patch", "delete"];

/** Flattens an OpenAPI document into the operations a reader looks for, grouped by their first tag. */
export function operationsOf(document: OpenApiDocument, baseUrl: string): DocOperation[] {
  const doc = inlineRefs(document);
  const operations: DocOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      const parameters = (op.parameters ?? []).map((p) => ({
        name: p.name,
        in: parameterPlaces.find((place) => place === p.in) ?? "query",
        required: Boolean(p.required),
        schema: p.schema ?? {},
        description: p.description ?? p.schema?.description,
      }));
      const statuses = Object.keys(op.responses ?? {});
      const success = statuses.find((s) => s.startsWith("2"));
      const body = op.requestBody?.content?.["application/json"]?.schema;
      operations.push({
        id: op.operationId ?? `${method}${path.replace(/\W+/g, "-")}`,
        method: method.toUpperCase(),
        path,
        tag: op.tags?.[0] ?? "other",
        summary: op.summary ?? `${method.toUpperCase()} ${path}`,
        description: op.description,
        parameters,
        body,
        response: success ? op.responses?.[success]?.content?.["application/json"]?.schema : undefined,
        errors: statuses.filter((s) => /^[45]/.test(s)),
        curl: curlOf(baseUrl, method, path, parameters, body),
      });
    }
  }
  return operations;
}

function exampleOf(schema: JsonSchema): string | undefined {
  const given = schema.examples?.[0] ?? schema.anyOf?.find((s) => s.examples)?.examples?.[0];
  return given === undefined ? undefined : String(given);
}

/** A JSON body with the required fields, from their examples or placeholders. */
function bodyExample(schema: JsonSchema): string {
  const fields = Object.entries(schema.properties ?? {}).filter(([name]) => schema.required?.includes(name));
  const example = Object.fromEntries(fields.map(([name, field]) => [name, exampleOf(field) ?? `<${name}>`]));
  return JSON.stringify(example);
}

function curlOf(
  baseUrl: string,
  method: string,
  path: string,
  parameters: DocParameter[],
  body?: JsonSchema,
): string {
  let url = path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const param = parameters.find((p) => p.in === "path" && p.name === name);
    return encodeURIComponent((param && exampleOf(param.schema)) ?? `<${name}>`);
  });
  const query = new URLSearchParams();
  for (const p of parameters) {
    const example = p.in === "query" ? exampleOf(p.schema) : undefined;
    if (example !== undefined) query.set(p.name, example);
  }
  if (query.size) url += `?${query.toString()}`;
  const verb = method === "get" ? "" : `-X ${method.toUpperCase()} `;
  const data = body ? ` -H 'Content-Type: application/json' -d '${bodyExample(body)}'` : "";
  return `curl ${verb}-H 'Accept: application/json'${data} '${baseUrl}${url}'`;
}

/** A short type name for a schema: "string", "integer", "array", "object", "enum"... with `| null`. */
export function typeOf(schema: JsonSchema): { type: DocType; nullable: boolean; choices?: string[] } {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const nonNull = variants.filter((v) => v.type !== "null");
    const inner = nonNull.length === 1 ? typeOf(nonNull[0]) : { type: "mixed" as const, nullable: false };
    return { ...inner, nullable: inner.nullable || nonNull.length < variants.length };
  }
  const types = [schema.type ?? (schema.properties ? "object" : "any")].flat();
  const nullable = types.includes("null");
  const named = types.find((t) => t !== "null");
  const type = docTypes.find((t) => t === named) ?? "any";
  if (schema.enum) return { type: "enum", nullable, choices: schema.enum.map(String) };
  return { type, nullable };
}

/** The schema's own fields, or those of its items for an array, or those of its non-null variant. */
export function childrenOf(schema: JsonSchema): { name: string; required: boolean; schema: JsonSchema }[] {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const nonNull = variants.filter((v) => v.type !== "null");
    return nonNull.length === 1 ? childrenOf(nonNull[0]) : [];
  }
  if (schema.items) return childrenOf(schema.items);
  return Object.entries(schema.properties ?? {}).map(([name, child]) => ({
    name,
    required: schema.required?.includes(name) ?? false,
    schema: child,
  }));
}
