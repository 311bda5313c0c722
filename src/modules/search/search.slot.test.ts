import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, textOf } from "../../../tests/agent.js";
import { createTestPlatform, engines, type TestPlatform } from "../../../tests/harness.js";
import type { Db } from "../../db/client.js";
import { locales, registerMessages, translate } from "../../lib/i18n/index.js";
import type { Module } from "../../lib/module.js";
import type { SearchDocument } from "../../lib/search.js";
import { modules } from "../index.js";
import { indexDocuments, reindexSearch, removeDocuments } from "./index.js";

/** A small module of notes: it declares its kind, gives all its documents, and indexes its writes. */
function notesModule() {
  const notes = new Map<string, { title: string; private: boolean }>();
  const document = (key: string, note: { title: string; private: boolean }): SearchDocument => ({
    kind: "note",
    key,
    visibility: note.private ? "private" : "public",
    lang: "en",
    url: { en: `/notes/${key}`, fr: `/fr/notes/${key}`, es: `/es/notes/${key}` },
    title: { en: note.title },
    summary: { en: "A note written for the test." },
    names: [note.title],
  });
  const module: Module = {
    name: "notes",
    messages: {
      en: { "search.kind.note": "Notes" },
      fr: { "search.kind.note": "Notes" },
      es: { "search.kind.note": "Notas" },
    },
    search: {
      kinds: ["note"],
      async *documents() {
        yield [...notes].map(([key, note]) => document(key, note));
      },
    },
  };
  return {
    module,
    async write(db: Db, key: string, note: { title: string; private: boolean }) {
      notes.set(key, note);
      await indexDocuments({ db, documents: [document(key, note)] });
    },
    async remove(db: Db, key: string) {
      notes.delete(key);
      await removeDocuments({ db, kind: "note", keys: [key] });
    },
  };
}

describe("the search slot of the module manifest", () => {
  it("every kind a module declares has its label in English, French and Spanish", () => {
    for (const mod of modules) {
      for (const kind of mod.search?.kinds ?? []) {
        for (const locale of locales)
          expect(mod.messages?.[locale][`search.kind.${kind}`], `${mod.name}: ${kind}`).toBeTruthy();
      }
    }
  });
});

describe.each(engines)("a module plugging its own kind into search on %s", (engine) => {
  let platform: TestPlatform;
  let agent: Agent;
  const notes = notesModule();
  beforeAll(async () => {
    platform = await createTestPlatform(engine, {}, { workers: false });
    agent = new Agent(platform.app);
    registerMessages(notes.module.messages!);
  });
  afterAll(() => platform?.stop());

  it("finds the module's public documents under its own label, and never its private ones", async () => {
    const db = platform.database.db;
    await notes.write(db, "1", { title: "Quokka habitats", private: false });
    await notes.write(db, "2", { title: "Quokka secrets", private: true });
    const html = (await agent.get("/es/search?q=quokka")).body;
    expect(textOf(html)).toContain("Notas (1)");
    expect(html).toContain('href="/es/notes/1"');
    expect(html).not.toContain("Quokka secrets");
    expect(translate("es", "search.kind.note")).toBe("Notas");
  });

  it("forgets a document when the module removes it, and when a note turns private", async () => {
    const db = platform.database.db;
    await notes.write(db, "3", { title: "Wombat burrows", private: false });
    expect((await agent.get("/api/v1/search?q=wombat")).json().meta.total).toBe(1);
    await notes.write(db, "3", { title: "Wombat burrows", private: true });
    expect((await agent.get("/api/v1/search?q=wombat")).json().meta.total).toBe(0);
    await notes.write(db, "4", { title: "Wombat tracks", private: false });
    await notes.remove(db, "4");
    expect((await agent.get("/api/v1/search?q=wombat")).json().meta.total).toBe(0);
  });

  it("is rebuilt from the module's documents by a full reindex", async () => {
    const db = platform.database.db;
    await platform.database.execute("delete from search_documents where kind = 'note'");
    expect((await agent.get("/api/v1/search?q=quokka")).json().meta.total).toBe(0);
    const sources = [...modules, notes.module].flatMap((m) => (m.search ? [m.search] : []));
    const counts = await reindexSearch({ db, sources });
    expect(counts.note).toBe(3);
    const body = (await agent.get("/api/v1/search?q=quokka")).json();
    expect(body.data.map((h: { title: string }) => h.title)).toEqual(["Quokka habitats"]);
  });

  it("refuses a reindex that writes a kind its source does not declare", async () => {
    const stray: SearchDocument = {
      kind: "other",
      key: "x",
      visibility: "public",
      lang: "en",
      url: {},
      title: {},
      summary: {},
      names: ["Quokka stray"],
    };
    const rogue = {
      kinds: ["note"],
      async *documents() {
        yield [stray];
      },
    };
    await expect(reindexSearch({ db: platform.database.db, sources: [rogue] })).rejects.toThrow(
      /does not declare/,
    );
    // The failed source's transaction is rolled back: its notes are still found.
    expect((await agent.get("/api/v1/search?q=quokka")).json().meta.total).toBe(1);
  });
});
