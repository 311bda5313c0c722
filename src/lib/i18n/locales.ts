export const locales = ["en", "fr", "es"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** One module's interface texts: the same keys in every language. */
export type Catalogue = Record<Locale, Record<string, string>>;
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;
