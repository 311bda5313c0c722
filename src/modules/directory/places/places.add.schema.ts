import { z } from "zod";
import { emptyToUndefined, text } from "../../../lib/validation.js";
import { countrySchema, optional } from "../directory.schema.js";
import { placeKinds } from "./places.schema.js";

/** Decimal degrees, typed with a dot or a comma ("14,79" as French and Spanish write it). */
const degrees = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.trim().replace(",", ".").replace("−", "-")) : v),
    z
      .string()
      .refine((s) => /^[-+]?\d{1,3}(\.\d+)?$/.test(s), "places.new.error.degrees")
      .transform(Number)
      .pipe(z.number().min(min).max(max)),
  );

const translation = optional(text().trim().max(200));

/** The form that adds a place the search did not find. */
export const newPlaceForm = z
  .object({
    name: text().trim().min(1).max(200),
    nameEn: translation,
    nameFr: translation,
    nameEs: translation,
    kind: z.enum(placeKinds),
    country: countrySchema,
    latitude: degrees(-90, 90),
    longitude: degrees(-180, 180),
    population: optional(z.coerce.number().int().min(0).max(2_000_000_000)),
  })
  .transform(({ nameEn, nameFr, nameEs, ...rest }) => {
    const names: Record<string, string> = {};
    if (nameEn) names.en = nameEn;
    if (nameFr) names.fr = nameFr;
    if (nameEs) names.es = nameEs;
    return { ...rest, names };
  });
export type NewPlaceForm = z.output<typeof newPlaceForm>;

/** Field labels for validation messages, by field name. */
export const newPlaceLabels: Record<string, string> = {
  name: "places.new.field.name",
  nameEn: "places.new.field.nameEn",
  nameFr: "places.new.field.nameFr",
  nameEs: "places.new.field.nameEs",
  kind: "places.new.field.kind",
  country: "places.new.field.country",
  latitude: "places.new.field.latitude",
  longitude: "places.new.field.longitude",
  population: "places.new.field.population",
};
