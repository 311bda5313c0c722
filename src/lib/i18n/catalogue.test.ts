import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modules } from "../../modules/index.js";
import { mapMessages } from "../../views/map/map.messages.js";
import { apiTagKey } from "../api.js";
import { searchKindLabel } from "../search.js";
import { coreMessages } from "./core.messages.js";
import { formatMessage, messageArguments } from "./format.js";
import { type Catalogue, locales, registerMessages, translate } from "./index.js";
import { builtMessageKeys } from "./keys.js";

const catalogues: [string, Catalogue][] = [
  ["core", coreMessages],
  ["map", mapMessages],
  ...modules.filter((m) => m.messages).map((m) => [m.name, m.messages as Catalogue] as [string, Catalogue]),
  ...modules
    .filter((m) => m.api)
    .map((m) => [`${m.name} API`, m.api?.texts as Catalogue] as [string, Catalogue]),
];
for (const [, c] of catalogues) registerMessages(c);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the translation catalogue", () => {
  it.each(catalogues)("%s has the same keys in English, French and Spanish", (_name, catalogue) => {
    const english = Object.keys(catalogue.en).sort();
    for (const locale of locales) {
      expect(Object.keys(catalogue[locale]).sort(), `${locale} keys`).toEqual(english);
      for (const [key, text] of Object.entries(catalogue[locale]))
        expect(text.trim(), `${locale}:${key}`).not.toBe("");
    }
  });

  it('has every key that the code asks for with a literal t("...")', () => {
    const missing: string[] = [];
    for (const file of sourceFiles("src")) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) {
        const key = match[1];
        if (!catalogues.some(([, c]) => key in c.en || `${key}.other` in c.en))
          missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has every key built at run time, from its typed list or a module's declared kinds and tags, in every language", () => {
    const built = [
      ...builtMessageKeys(),
      ...modules.flatMap((m) => m.search?.kinds ?? []).map(searchKindLabel),
    ];
    expect(built.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const key of built)
      for (const locale of locales)
        if (!catalogues.some(([, c]) => key in c[locale] || `${key}.other` in c[locale]))
          missing.push(`${locale}:${key}`);
    // A module's API texts are registered under "api." (`apiTagKey`) when the document is built.
    for (const m of modules)
      for (const tag of m.api?.tags ?? [])
        for (const locale of locales)
          if (!(apiTagKey(tag).replace(/^api\./, "") in (m.api?.texts[locale] ?? {})))
            missing.push(`${locale}:${apiTagKey(tag)}`);
    expect(missing).toEqual([]);
  });

  it("builds no key at run time but through a typed list (messageKeys)", () => {
    const untyped: string[] = [];
    for (const file of sourceFiles("src")) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*`[^`]*\$\{[^`]*`/g))
        untyped.push(`${file}: ${match[0]}`);
    }
    expect(untyped).toEqual([]);
  });

  it("keeps the same placeholders in every language", () => {
    // A name's grammatical companions ({placeForm}, {placeBare}) go with the name: a language
    // may need them where another writes the name alone.
    const names = (s: string) =>
      [...new Set([...messageArguments(s)].map((n) => n.replace(/(Form|Bare)$/, "")))].sort();
    for (const [, catalogue] of catalogues) {
      for (const [key, text] of Object.entries(catalogue.en)) {
        for (const locale of locales)
          expect(names(catalogue[locale][key]), `${locale}:${key}`).toEqual(names(text));
      }
    }
  });

  it("fills selects, nested placeholders and all, and falls back to their other branch", () => {
    const text = "{form, select, le {du {bare}} vowel {d’{name}} other {de {name}}} ({n})";
    const fill = (params: Record<string, string | number>) => formatMessage(text, params, String);
    expect(fill({ form: "le", bare: "Havre", name: "Le Havre", n: 1 })).toBe("du Havre (1)");
    expect(fill({ form: "vowel", name: "Almaty", n: 2 })).toBe("d’Almaty (2)");
    expect(fill({ form: "unknown", name: "Dakar", n: 3 })).toBe("de Dakar (3)");
  });

  it("chooses plural forms by the language's rules", () => {
    expect(translate("en", "pagination.results", { count: 1 })).toBe("1 result");
    expect(translate("fr", "pagination.results", { count: 0 })).toBe("0 résultat");
    expect(translate("es", "pagination.results", { count: 12000 })).toBe("12.000 resultados");
  });
});
