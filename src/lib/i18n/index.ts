import { coreMessages } from "./core.messages.js";
import { formatMessage } from "./format.js";

import { messageKeys } from "./keys.js";
import { type Catalogue, type Locale, locales, type Params, type Translate } from "./locales.js";

export {
  type Catalogue,
  defaultLocale,
  type Locale,
  locales,
  type Params,
  type Translate,
} from "./locales.js";

/** A language's own name ("Français"), for the language menu and settings. */
export const languageName = messageKeys("lang", locales);

const registry: Record<Locale, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Adds a module's texts. A key defined twice is a mistake and stops the boot. */
export function registerMessages(catalogue: Catalogue): void {
  for (const locale of locales) {
    for (const [key, text] of Object.entries(catalogue[locale])) {
      const existing = registry[locale].get(key);
      if (existing !== undefined && existing !== text) throw new Error(`Message key defined twice: ${key}`);
      registry[locale].set(key, text);
    }
  }
}

export function hasMessage(locale: Locale, key: string): boolean {
  return registry[locale].has(key);
}

const pluralRules = Object.fromEntries(locales.map((l) => [l, new Intl.PluralRules(l)])) as Record<
  Locale,
  Intl.PluralRules
>;

/**
 * Looks a key up and fills in `{name}` placeholders. With a numeric `count`, a key `k.one`
 * or `k.other` is chosen by the language's plural rules. A missing key shows as the key itself.
 */
export function translate(locale: Locale, key: string, params?: Params): string {
  const messages = registry[locale];
  let text: string | undefined;
  if (params && typeof params.count === "number") {
    text = messages.get(`${key}.${pluralRules[locale].select(params.count)}`) ?? messages.get(`${key}.other`);
  }
  text ??= messages.get(key) ?? registry.en.get(key) ?? key;
  if (!params) return text;
  return formatMessage(text, params, (value) => formatNumber(locale, value));
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

// Building an Intl formatter costs far more than using one: one per language, made once.
const numberFormats = Object.fromEntries(locales.map((l) => [l, new Intl.NumberFormat(l)])) as Record<
  Locale,
  Intl.NumberFormat
>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(value);
}

export function formatDate(locale: Locale, date: Date, options?: Intl.DateTimeFormatOptions): string {
  const chosen = options ?? { dateStyle: "long", timeZone: "UTC" };
  const key = `${locale} ${JSON.stringify(chosen)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, chosen);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/** Picks the best of our languages from an Accept-Language header. */
export function negotiateLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale);
}

/** Names of things in several languages, with the language they were shown in. */
export function pickTranslation(
  values: Partial<Record<string, string>> | null | undefined,
  locale: Locale,
  originalLang = "en",
): { text: string; lang: string; translated: boolean } {
  const own = values?.[locale];
  if (own) return { text: own, lang: locale, translated: true };
  const original = values?.[originalLang];
  if (original) return { text: original, lang: originalLang, translated: false };
  const [lang, text] = Object.entries(values ?? {}).find(([, v]) => Boolean(v)) ?? [originalLang, ""];
  return { text: text ?? "", lang, translated: false };
}

export function allMessageKeys(locale: Locale): string[] {
  return [...registry[locale].keys()];
}

registerMessages(coreMessages);
