import type { Locale, Params } from "./locales.js";

/**
 * The articles a name may take in each language: a network's, chosen by its editors ("the UNESCO
 * Creative Cities Network", "le Réseau des villes créatives", "la Red de Ciudades Creativas"); ""
 * for a name used bare (Metropolis, CGLU). `l` is French's elided article (l’Alliance).
 */
export const nameArticles = {
  en: ["", "the"],
  fr: ["", "le", "la", "l", "les"],
  es: ["", "el", "la", "los", "las"],
} as const satisfies Record<Locale, readonly string[]>;

export type NameArticles = Partial<Record<Locale, string>>;

// French "de" becomes "d’" before a vowel or a mute h. The h of most foreign names is not mute
// ("de Hambourg", "de Hué"): these few are; and "ou"/"y" before a vowel sound like a consonant
// ("de Ouagadougou", "de Yaoundé"), but not before a consonant ("d’Oujda", "d’Ypres").
const muteH = ["helsinki", "heraklion", "herat", "hyderabad", "halifax", "hobart", "honolulu", "hebron"];
const neverElided = ["huesca"];

const plain = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Whether French elides "de"/"le" before this name: "d’Almaty", "d’Évora", but "de Ouagadougou". */
export function elidesInFrench(name: string): boolean {
  const word = plain(name.trim());
  if (neverElided.some((n) => word.startsWith(n))) return false;
  if (word.startsWith("h")) return muteH.some((n) => word.startsWith(n));
  if (/^ou[aeiouy]/.test(word) || /^y[aeiou]/.test(word)) return false;
  return /^[aeiouy]/.test(word);
}

/**
 * What a message needs to write a name with its articles and elisions: `{x}` the name,
 * `{xForm}` the grammatical form its selects branch on, `{xBare}` the name after its article.
 * A network brings its own article (data); a place's article is part of its name ("Le Havre",
 * "El Cairo"), where French and Spanish contract it: "du Havre", "au Havre", "del Cairo". Other
 * articles of city names stay as written: "de La Paz", "de Los Ángeles".
 *
 * Forms: en `the` | `other`; fr `le` | `la` | `l` | `les` | `vowel` | `other`; es `el` | `la` |
 * `los` | `las` | `other`.
 */
export function nameParams(prefix: string, locale: Locale, name: string, article?: string): Params {
  const given = article && (nameArticles[locale] as readonly string[]).includes(article) ? article : "";
  let form = given || "other";
  let bare = name;
  if (!given) {
    const leading = locale === "fr" ? /^(Le|Les) (.+)$/ : locale === "es" ? /^(El) (.+)$/ : null;
    const match = leading?.exec(name);
    if (match) {
      form = match[1].toLowerCase();
      bare = match[2];
    } else if (locale === "fr" && elidesInFrench(name)) form = "vowel";
  }
  return { [prefix]: name, [`${prefix}Form`]: form, [`${prefix}Bare`]: bare };
}
