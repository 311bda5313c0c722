import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textOf } from "../../../tests/agent.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";

type Operation = {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; description?: string }[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type OpenApi = { openapi: string; info: { title: string }; paths: Record<string, Record<string, Operation>> };

const readRoutes = [
  "/api/v1/networks",
  "/api/v1/networks/{slug}",
  "/api/v1/places",
  "/api/v1/places/{slug}",
  "/api/v1/memberships",
  "/api/v1/organisations",
  "/api/v1/organisations/{slug}",
];

describe.each(engines)("the API description on %s", (engine) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform(engine);
  });
  afterAll(() => platform?.stop());

  it("publishes an OpenAPI 3.1 document listing every read route with its summary and tags", async () => {
    const res = await platform.app.inject("/api/openapi.json");
    expect(res.statusCode).toBe(200);
    const doc = res.json() as OpenApi;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("CityExchange API");
    for (const path of readRoutes) {
      const get = doc.paths[path]?.get;
      expect(get, path).toBeDefined();
      expect(get.summary, path).toBeTruthy();
      expect(get.tags?.length, path).toBeGreaterThan(0);
      expect(get.responses?.["200"]?.content?.["application/json"]?.schema, path).toBeDefined();
    }
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith("/api/v1/"))).toEqual([]);
  });

  it("describes every parameter of every /api/v1 operation", async () => {
    const doc = (await platform.app.inject("/api/openapi.json")).json() as OpenApi;
    const undescribed = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.values(item).flatMap((op) =>
        (op.parameters ?? []).filter((p) => !p.description).map((p) => `${path} ${p.name}`),
      ),
    );
    expect(undescribed).toEqual([]);
  });

  it("shows the reference to people in English, French and Spanish, with curl examples", async () => {
    const en = await platform.app.inject("/api/docs");
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    const enText = textOf(en.body);
    expect(enText).toContain("Public API");
    expect(enText).toContain("List and filter places");
    expect(enText).toContain("GET /api/v1/places/{slug}");
    expect(enText).toContain("curl -H 'Accept: application/json' 'http://localhost:3000/api/v1/places");
    expect(enText).toMatch(/perPage\s+query string\s+whole number/);
    expect(enText).toContain("Request body (JSON)");
    expect(enText).toContain(
      "curl -X POST -H 'Accept: application/json' -H 'Content-Type: application/json' -d",
    );

    const fr = await platform.app.inject("/fr/api/docs");
    expect(fr.body).toContain('<html lang="fr">');
    expect(textOf(fr.body)).toContain("Lister et filtrer les lieux");
    expect(textOf(fr.body)).toContain("Éléments par page, de 1 à 100");

    const es = await platform.app.inject({ url: "/api/docs", headers: { "accept-language": "es" } });
    expect(es.body).toContain('<html lang="es">');
    expect(textOf(es.body)).toContain("Listar y filtrar lugares");
  });

  it("keeps the docs page free of inline scripts and styles", async () => {
    const res = await platform.app.inject("/api/docs");
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/);
    expect(res.body).not.toContain("style=");
  });
});
