import { z } from "zod";
import { isCountryCode, regionOf } from "../../../../lib/countries.js";
import { locales, translate } from "../../../../lib/i18n/index.js";
import { issueText, text } from "../../../../lib/validation.js";
import { placeKinds } from "../places.schema.js";

const english = (key: string, params?: Record<string, string | number>) => translate("en", key, params);

const optionalNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), schema.optional());

/** One place from any source; CSV fields arrive as text and are coerced here. */
export const placeInput = z.object({
  geonames_id: optionalNumber(z.coerce.number().int().positive()),
  name: text().trim().min(1).max(200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "must be an ISO 3166-1 alpha-2 country code such as FR"),
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
  population: optionalNumber(z.coerce.number().int().min(0).max(2_000_000_000)),
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(placeKinds).default("city")),
  ...Object.fromEntries(locales.map((l) => [`names_${l}`, text().trim().max(200).optional()] as const)),
});

export interface PlaceRecord {
  geonamesId: number | null;
  name: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
  population: number | null;
  kind: (typeof placeKinds)[number];
  names: Record<string, string>;
  /** The line of the CSV file it came from, to name it in reports. */
  line?: number;
}

/** Checks one row; returns the record, or the reasons it was refused, each naming its field. */
export function toPlaceRecord(raw: Record<string, unknown>): PlaceRecord | { errors: string[] } {
  const parsed = placeInput.safeParse(raw);
  if (!parsed.success)
    return { errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${issueText(i, english)}`) };
  const p = parsed.data as z.infer<typeof placeInput> & Record<string, string | undefined>;
  const names: Record<string, string> = {};
  for (const l of locales) if (p[`names_${l}`]) names[l] = p[`names_${l}`] as string;
  return {
    geonamesId: p.geonames_id ?? null,
    name: p.name,
    country: p.country,
    region: regionOf(p.country) as string,
    latitude: p.latitude,
    longitude: p.longitude,
    population: p.population ?? null,
    kind: p.kind,
    names,
  };
}
