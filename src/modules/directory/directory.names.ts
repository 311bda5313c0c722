import type { Translations } from "../../db/columns.js";
import { type Locale, type Params, pickTranslation } from "../../lib/i18n/index.js";
import { nameParams } from "../../lib/i18n/names.js";

/**
 * A network's name in the reader's language, with what messages need to give it its article
 * (`{network}`, `{networkForm}`, `{networkBare}`). The article belongs to the language the name
 * is shown in: a name shown untranslated is used bare.
 */
export function networkNames(
  locale: Locale,
  network: { name: Translations; originalLang: string; articles?: Translations | null },
): Params {
  const shown = pickTranslation(network.name, locale, network.originalLang);
  const article = shown.lang === locale ? network.articles?.[locale] : undefined;
  return nameParams("network", locale, shown.text, article);
}

/** A place's name in the reader's language, with its form (`{place}`, `{placeForm}`, `{placeBare}`). */
export function placeNames(locale: Locale, place: { names: Translations; originalLang: string }): Params {
  return nameParams("place", locale, pickTranslation(place.names, locale, place.originalLang).text);
}

/** A network's acronym in the reader's language: its own for that language, else the one it is known by. */
export function acronymIn(
  locale: Locale,
  network: { acronym: string; acronyms?: Translations | null },
): string {
  return network.acronyms?.[locale] || network.acronym;
}
