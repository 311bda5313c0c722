import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { textOf } from "../../tests/agent.js";
import { createTestPlatform, engines, type TestPlatform } from "../../tests/harness.js";
import { modules } from "../modules/index.js";
import { langParam, pageInfo, pageQuery, pageSchema, readErrors } from "./api.js";
import { apiDocumentOptions } from "./api-document.js";
import type { Module } from "./module.js";

const eventSchema = z.object({ slug: z.string().describe("The event's slug.") }).meta({ id: "ProbeEvent" });
const eventPage = pageSchema(eventSchema, "ProbeEventPage");

/**
 * A module of its own for the test, as a new feature would be: one operation whose `network`
 * parameter means something else than the directory's, with its own words in three languages.
 */
const eventsModule: Module = {
  name: "events",
  api: {
    tags: ["events"],
    texts: {
      en: {
        "tag.events": "Events",
        "listProbeEvents.summary": "List the events",
        "listProbeEvents.param.network": "Only events organised by this network (its slug).",
      },
      fr: {
        "tag.events": "Événements",
        "listProbeEvents.summary": "Lister les événements",
        "listProbeEvents.param.network": "Seulement les événements organisés par ce réseau (son slug).",
      },
      es: {
        "tag.events": "Eventos",
        "listProbeEvents.summary": "Listar los eventos",
        "listProbeEvents.param.network": "Solo los eventos organizados por esta red (su slug).",
      },
    },
  },
  routes(fastify: FastifyInstance) {
    fastify.withTypeProvider<ZodTypeProvider>().get(
      "/api/v1/probe-events",
      {
        config: { publicCache: true },
        schema: {
          operationId: "listProbeEvents",
          tags: ["events"],
          querystring: z.object({ network: z.string().optional(), ...pageQuery, lang: langParam }),
          response: { 200: eventPage, ...readErrors },
        },
      },
      async (request) => ({
        data: [{ slug: "world-cities-day", secret: "not in the schema" }],
        ...pageInfo(request, request.query, 1),
      }),
    );
  },
};

type Doc = {
  info: { description: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, { parameters: { name: string; description: string }[] }>>;
};

describe.each(engines)("each module's part of the API document, on %s", (engine) => {
  let platform: TestPlatform;
  let doc: Doc;
  const param = (path: string, name: string) =>
    doc.paths[path].get.parameters.find((p) => p.name === name)?.description;

  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { modules: [...modules, eventsModule] });
    doc = (await platform.app.inject("/api/openapi.json")).json() as Doc;
  });
  afterAll(() => platform?.stop());

  it("keeps each operation's own words for a parameter two modules both call network", () => {
    expect(param("/api/v1/probe-events", "network")).toBe(
      "Only events organised by this network (its slug).",
    );
    expect(param("/api/v1/places", "network")).toBe("Only active members of this network (its slug).");
    expect(param("/api/v1/probe-events", "perPage")).toBe("Items per page, from 1 to 100 (20 by default).");
  });

  it("lists the new module and its tag", () => {
    expect(doc.tags.map((t) => t.name)).toContain("events");
    expect(doc.info.description).toContain("- **events**: Events");
    expect(doc.info.description).toContain("- **directory**: Networks, Places");
  });

  it("shows the module's texts on the docs page in each language", async () => {
    const fr = textOf((await platform.app.inject("/fr/api/docs")).body);
    expect(fr).toContain("Lister les événements");
    expect(fr).toContain("Seulement les événements organisés par ce réseau (son slug).");
    expect(fr).toContain("Seulement les membres actifs de ce réseau (son slug).");
    const es = textOf((await platform.app.inject("/es/api/docs")).body);
    expect(es).toContain("Solo los eventos organizados por esta red (su slug).");
  });

  it("writes answers from their schema: a field the schema does not name never leaves", async () => {
    const res = await platform.app.inject("/api/v1/probe-events");
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([{ slug: "world-cities-day" }]);
  });

  it("refuses to start when an operation has no text, naming the key it lacks", async () => {
    const app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    await app.register(swagger, apiDocumentOptions("https://cityexchange.test", modules));
    app.get("/api/v1/silent", { schema: { operationId: "listSilent", tags: ["silent"] } }, () => ({}));
    app.addHook("onReady", async () => void app.swagger());
    await expect(app.ready()).rejects.toThrow("api.listSilent.summary");
    await app.close();
  });
});
