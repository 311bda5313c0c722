import { z } from "zod";
import { idParam } from "../../../lib/api.js";
import { messageKeys } from "../../../lib/i18n/keys.js";
import { emptyToUndefined, text } from "../../../lib/validation.js";
import { commentField, commentLabel } from "../../audit/index.js";
import { slugSchema } from "../directory.schema.js";

export const membershipStatuses = ["active", "ended"] as const;
export const membershipStatusLabel = messageKeys("manage.status", membershipStatuses);
export type MembershipStatus = (typeof membershipStatuses)[number];

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

/**
 * A membership cannot start before modern city networks existed, nor in a year still to come.
 * Refinements rather than min/max: a year reads "1800", never "1,800", in the message.
 */
const year = z
  .number()
  .int()
  .refine((y) => y >= 1800, "manage.error.tooEarly")
  .refine((y) => y <= new Date().getUTCFullYear(), "manage.error.futureYear")
  .meta({ minimum: 1800, maximum: 2200 });

const formYear = optional(z.coerce.number().pipe(year));
const formSection = optional(slugSchema);

/** Field labels for validation messages, by field name. */
export const manageLabels: Record<string, string> = {
  place: "manage.field.place",
  section: "manage.field.section",
  sinceYear: "manage.field.sinceYear",
  status: "manage.field.status",
  email: "manage.field.email",
  q: "manage.field.search",
  page: "manage.field.page",
  comment: commentLabel,
};

/** A place's slug, or a world city offered by the add form: "geonames:2244802". */
const placeChoice = z
  .string()
  .max(120)
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|geonames:[1-9][0-9]{0,8})$/);

/** The GeoNames id of a world city chosen on the add form; undefined for a place's slug. */
export function worldCityId(place: string): number | undefined {
  return place.startsWith("geonames:") ? Number(place.slice("geonames:".length)) : undefined;
}

export const addMembershipForm = z.object({
  place: placeChoice,
  section: formSection,
  sinceYear: formYear,
  comment: commentField,
});

export const editMembershipForm = z.object({
  section: formSection,
  sinceYear: formYear,
  status: z.enum(membershipStatuses),
  comment: commentField,
});

export const endMembershipForm = z.object({ comment: commentField });

export const manageQuery = z.object({
  q: optional(text().trim().min(2).max(100)),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export const emailForm = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
});

/** What an editor may change on a membership; absent means "leave as it is", null means "none". */
export interface MembershipChanges {
  section?: string | null;
  sinceYear?: number | null;
  status?: MembershipStatus;
}

// The API's bodies are JSON: plain types, so the OpenAPI document describes them exactly.
const apiSection = slugSchema.nullable().describe("Slug of one of the network's sections, or null for none.");
const apiYear = year
  .nullable()
  .describe("The year the place joined, from 1800 to this year; null if unknown.");

const apiComment = z
  .string()
  .max(1000)
  .optional()
  .describe("Why the change is made; kept in the network's history, seen by its editors.");

export const apiAddMembership = z.object({
  place: slugSchema.describe("Slug of the place that joins."),
  section: apiSection.optional(),
  sinceYear: apiYear.optional(),
  comment: apiComment,
});

export const apiEditMembership = z.object({
  section: apiSection.optional(),
  sinceYear: apiYear.optional(),
  status: z
    .enum(membershipStatuses)
    .optional()
    .describe("`ended` ends the membership; `active` restores it."),
  comment: apiComment,
});

export const membershipIdParams = z.object({ id: idParam });

/** A membership as the seed and the factories give it. */
export const membershipInputSchema = z.object({
  network: slugSchema,
  place: slugSchema,
  section: slugSchema.nullish(),
  sinceYear: z.number().int().min(1800).max(2200).nullish(),
  status: z.enum(["active", "ended"]).default("active"),
});
export type MembershipInput = z.input<typeof membershipInputSchema>;
