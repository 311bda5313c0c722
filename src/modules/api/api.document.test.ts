import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "../../../tests/factories-manage.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import { seedDemo } from "../../app.js";
import { createApiToken } from "../accounts/index.js";

interface Parameter {
  name: string;
  in: "path" | "query";
  required?: boolean;
  example?: unknown;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: { "application/json"?: { schema: { $ref?: string } } } }>;
}
interface Document {
  servers: { url: string }[];
  info: { description: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string }> };
}

const DOC_ID = "https://cityexchange.test/api/openapi.json";

describe.each(engines)("the OpenAPI document, checked against the demo data on %s", (engine) => {
  let platform: TestPlatform;
  let doc: Document;
  let bearer: Record<string, string>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  /** Checks a real answer against the schema the document gives for its operation and status. */
  function expectDocumented(operation: Operation, status: number, body: unknown, what: string) {
    const schema = operation.responses[String(status)]?.content?.["application/json"]?.schema;
    expect(schema, `${what}: status ${status} is documented`).toBeDefined();
    const validate = ajv.compile({ $ref: `${DOC_ID}${schema?.$ref ?? ""}` });
    const valid = validate(body);
    expect(validate.errors ?? [], what).toEqual([]);
    expect(valid).toBe(true);
  }

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
    );

  /** The operation's URL with every example filled in, path and query. */
  function exampleUrl(path: string, operation: Operation): string {
    const params = operation.parameters ?? [];
    const url = path.replace(/\{(\w+)\}/g, (_all, name: string) =>
      String(params.find((p) => p.in === "path" && p.name === name)?.example ?? "1"),
    );
    const query = new URLSearchParams();
    for (const p of params)
      if (p.in === "query" && p.example !== undefined) query.set(p.name, String(p.example));
    return query.size ? `${url}?${query}` : url;
  }

  beforeAll(async () => {
    platform = await createTestPlatform(engine, { BASE_URL: "https://cityexchange.test" });
    await seedDemo(platform.deps);
    doc = (await platform.app.inject("/api/openapi.json")).json() as Document;
    ajv.addSchema({ ...doc, $id: DOC_ID });
    const editor = await createPerson(platform, { email: "secretariat@uclg.org", roles: { uclg: "editor" } });
    bearer = {
      authorization: `Bearer ${(await createApiToken(platform.deps, { userId: editor.id, name: "t" })).token}`,
    };
  });
  afterAll(() => platform?.stop());

  it("passes Redocly's recommended rules without a single problem", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: "/openapi.json",
      config,
    });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
  });

  it("names its types in components.schemas, and the operations refer to them", () => {
    for (const name of [
      "Place",
      "Network",
      "Organisation",
      "Membership",
      "Error",
      "PlacePage",
      "NetworkPage",
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const listPlaces = doc.paths["/api/v1/places"].get;
    expect(listPlaces.responses["200"].content?.["application/json"]?.schema.$ref).toBe(
      "#/components/schemas/PlacePage",
    );
    for (const { operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith("4")) {
          expect(
            response.content?.["application/json"]?.schema.$ref,
            `${operation.operationId} ${status}`,
          ).toBe("#/components/schemas/Error");
        }
      }
    }
  });

  it("declares how to authenticate: a bearer token or a session for writes, nothing for reads", () => {
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: "apiKey", in: "cookie" });
    for (const { method, operation } of operations()) {
      const expected = method === "GET" ? [] : [{ bearerToken: [] }, { sessionCookie: [] }];
      expect(operation.security, operation.operationId).toEqual(expected);
      if (method !== "GET") expect(operation.responses["401"], operation.operationId).toBeDefined();
    }
  });

  it("lists the modules present in its description", () => {
    expect(doc.info.description).toContain("**directory**: Networks, Places, Memberships, Organisations");
  });

  it("gives examples that exist in the demo data: each read with its examples answers something", async () => {
    const reads = operations().filter((o) => o.method === "GET");
    expect(reads.length).toBeGreaterThanOrEqual(7);
    for (const { path, operation } of reads) {
      const url = exampleUrl(path, operation);
      const res = await platform.app.inject(url);
      expect(res.statusCode, url).toBe(200);
      const body = res.json() as { data: unknown };
      if (Array.isArray(body.data)) expect(body.data.length, url).toBeGreaterThan(0);
      expectDocumented(operation, 200, body, url);
    }
    for (const { path, method, operation } of operations().filter((o) => o.method !== "GET")) {
      for (const p of (operation.parameters ?? []).filter(
        (p) => p.in === "path" && p.example !== undefined,
      )) {
        const res = await platform.app.inject(`/api/v1/networks/${p.example}`);
        expect(res.statusCode, `${method} ${path}: ${p.name}=${p.example}`).toBe(200);
      }
    }
  });

  it("answers, on every read, what its schemas say: pages, items and errors", async () => {
    for (const { path, operation } of operations().filter((o) => o.method === "GET")) {
      const plain = path.replace(/\{(\w+)\}/g, "nothing-by-this-name");
      const res = await platform.app.inject(path.includes("{") ? plain : `${path}?perPage=100`);
      expect([200, 404, 422], plain).toContain(res.statusCode);
      expectDocumented(operation, res.statusCode, res.json(), plain);
      const bad = await platform.app.inject(`${path.replace(/\{(\w+)\}/g, "x")}?lang=klingon`);
      expect(bad.statusCode).toBe(422);
      expectDocumented(operation, 422, bad.json(), `${path} with a bad lang`);
    }
  });

  it("answers, on every write, what its schemas say: success, conflict, bad input, no credentials, wrong type", async () => {
    const add = doc.paths["/api/v1/networks/{slug}/memberships"].post;
    const update = doc.paths["/api/v1/memberships/{id}"].patch;
    const end = doc.paths["/api/v1/memberships/{id}"].delete;
    const send = (method: string, url: string, payload?: unknown, headers = bearer) =>
      platform.app.inject({
        method: method as "POST",
        url,
        headers,
        ...(payload ? { payload: payload as object } : {}),
      });

    const created = await send("POST", "/api/v1/networks/uclg/memberships", {
      place: "seville",
      sinceYear: 2020,
    });
    expect(created.statusCode).toBe(201);
    expectDocumented(add, 201, created.json(), "add");
    const again = await send("POST", "/api/v1/networks/uclg/memberships", { place: "seville" });
    expect(again.statusCode).toBe(409);
    expectDocumented(add, 409, again.json(), "add again");
    const id = (created.json() as { id: number }).id;
    const changed = await send("PATCH", `/api/v1/memberships/${id}`, { sinceYear: 2021 });
    expectDocumented(update, changed.statusCode, changed.json(), "update");
    const badYear = await send("PATCH", `/api/v1/memberships/${id}`, { sinceYear: 1066 });
    expect(badYear.statusCode).toBe(422);
    expectDocumented(update, 422, badYear.json(), "update with a bad year");
    const ended = await send("DELETE", `/api/v1/memberships/${id}`);
    expect(ended.statusCode).toBe(200);
    expectDocumented(end, 200, ended.json(), "end");
    const anonymous = await send("DELETE", `/api/v1/memberships/${id}`, undefined, {});
    expect(anonymous.statusCode).toBe(401);
    expectDocumented(end, 401, anonymous.json(), "end without credentials");
    const form = await platform.app.inject({
      method: "POST",
      url: "/api/v1/networks/uclg/memberships",
      headers: { ...bearer, "content-type": "application/x-www-form-urlencoded" },
      payload: "place=seville",
    });
    expect(form.statusCode).toBe(415);
    expectDocumented(add, 415, form.json(), "add with a form body");
  });
});
