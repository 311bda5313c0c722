import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { Locale } from "./i18n/index.js";
import { messageKeys } from "./i18n/keys.js";

const require = createRequire(import.meta.url);
for (const lang of ["en", "fr", "es"])
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

export const regions = ["africa", "americas", "asia", "europe", "oceania", "antarctica"] as const;
export const regionLabel = messageKeys("region", regions);
export type Region = (typeof regions)[number];

// The continental regions of the UN geoscheme (M49), by ISO 3166-1 alpha-2 code.
const members: Record<Region, string> = {
  africa:
    "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF",
  americas:
    "AI AG AR AW BS BB BZ BM BO BQ BV BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UM UY VE VG VI",
  asia: "AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE",
  europe:
    "AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB",
  oceania: "AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
  antarctica: "AQ",
};

const regionByCountry = new Map<string, Region>(
  regions.flatMap((region) => members[region].split(" ").map((code) => [code, region] as [string, Region])),
);

export function isCountryCode(code: string): boolean {
  return regionByCountry.has(code);
}

/** The world region of a country; undefined for a code that is not a country. */
export function isRegion(value: string): value is Region {
  return (regions as readonly string[]).includes(value);
}

export function regionOf(country: string): Region | undefined {
  return regionByCountry.get(country.toUpperCase());
}

// The name people use, where the data's is the formal one ("República de Corea" beside "Corée du
// Sud" and "South Korea"): every page, the search index, JSON-LD and forms read countryName.
const commonNames: Record<string, Partial<Record<Locale, string>>> = {
  XK: { en: "Kosovo", fr: "Kosovo", es: "Kosovo" },
  KR: { es: "Corea del Sur" },
  KP: { es: "Corea del Norte" },
  US: { en: "United States", fr: "États-Unis" },
  RU: { en: "Russia" },
  IR: { en: "Iran" },
  SY: { en: "Syria", es: "Siria" },
  LA: { en: "Laos", es: "Laos" },
  MD: { en: "Moldova" },
  TZ: { en: "Tanzania", fr: "Tanzanie" },
  TW: { en: "Taiwan" },
  FM: { en: "Micronesia" },
  VA: { en: "Vatican City", fr: "Vatican", es: "Ciudad del Vaticano" },
  MK: { en: "North Macedonia" },
  PS: { en: "Palestine" },
  CD: { es: "República Democrática del Congo" },
};

/** "FR" → "France" / "France" / "Francia": the one name of a country in each language. Falls back to the code. */
export function countryName(code: string, locale: Locale): string {
  return (
    commonNames[code]?.[locale] ??
    countries.getName(code, locale, { select: "official" }) ??
    countries.getName(code, "en") ??
    code
  );
}

/** Every country code, sorted by its name in the given language. */
export function countryCodes(locale: Locale): string[] {
  const collator = new Intl.Collator(locale);
  return [...regionByCountry.keys()].sort((a, b) =>
    collator.compare(countryName(a, locale), countryName(b, locale)),
  );
}
