import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { translator } from "../lib/i18n/index.js";
import { Translated } from "./components.js";
import type { PageContext } from "./context.js";

const ctx = (locale: "en" | "fr" | "es") => ({ locale, t: translator(locale) }) as PageContext;

describe("translated content", () => {
  it("shows the reader's language when there is a translation", () => {
    expect(renderToString(<Translated ctx={ctx("fr")} values={{ en: "Design", fr: "Design (fr)" }} />)).toBe(
      "Design (fr)",
    );
  });

  it("falls back visibly to the original language, with its lang attribute", () => {
    const html = renderToString(
      <Translated ctx={ctx("es")} values={{ fr: "Ville créative" }} original="fr" />,
    );
    expect(html).toContain('lang="fr"');
    expect(html).toContain("Ville créative");
    expect(html).toContain('class="lang-tag"');
    expect(html).toContain("FR");
  });

  it("falls back quietly for a proper name, which is right in any language", () => {
    expect(renderToString(<Translated ctx={ctx("en")} values={{ tr: "Kütahya" }} original="tr" name />)).toBe(
      '<span lang="tr">Kütahya</span>',
    );
  });
});
