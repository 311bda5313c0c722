import { z } from "zod";
import { langParam, pageQuery, translationsSchema } from "../../../lib/api.js";
import { regions } from "../../../lib/countries.js";
import { countrySchema, slugSchema } from "../directory.schema.js";
import { memberships } from "../memberships/memberships.tables.js";
import { sectionKinds } from "../networks/networks.schema.js";
import { organisationKinds } from "../organisations/organisations.schema.js";
import { placeKinds } from "../places/places.schema.js";

const membershipStatuses = memberships.status.enumValues;

// Query strings: the same validation as the directory's pages. Their texts are the directory's API
// texts (directory.api.messages.ts), keyed per operation; the examples are slugs of the demo data,
// and a test asks the demo data for each of them.

const slugFilter = (example: string) => slugSchema.optional().meta({ examples: [example] });

export const placesQuery = z.object({
  network: slugFilter("uccn"),
  section: slugFilter("music"),
  country: countrySchema.meta({ examples: ["ES"] }).optional(),
  region: z.enum(regions).optional(),
  kind: z.enum(placeKinds).optional(),
  ...pageQuery,
  lang: langParam,
});

export const membershipsQuery = z.object({
  network: slugFilter("uclg"),
  place: slugFilter("barcelona"),
  section: slugFilter("europe"),
  status: z.enum(membershipStatuses).optional(),
  ...pageQuery,
  lang: langParam,
});

export const listQuery = z.object({ ...pageQuery, lang: langParam });
export const detailQuery = z.object({ lang: langParam });

export const slugParams = (example: string) => z.object({ slug: slugSchema.meta({ examples: [example] }) });

// Answers.

const names = (what: string) =>
  translationsSchema.describe(`${what} in each language it has, by language code.`);
const originalLang = z
  .string()
  .describe("The language the texts were written in: shown when a translation lacks.");

export const sectionSchema = z
  .object({
    slug: z.string().describe("The section's slug, unique within its network."),
    kind: z.enum(sectionKinds).describe("field (creative field...), region or other."),
    name: names("The section's name"),
  })
  .meta({ id: "Section", description: "A section of a network: a creative field, a region..." });

export const networkSchema = z
  .object({
    slug: z.string().describe("The network's slug."),
    acronym: z.string().describe("The short name, such as UCLG."),
    acronyms: names("The short name where a language has its own (UCLG is CGLU in French and Spanish)"),
    name: names("The full name"),
    description: names("The description"),
    originalLang,
    website: z.string().nullable().describe("The network's own website."),
    logo: z
      .object({ path: z.string().describe("Path of the image."), alt: names("The text alternative") })
      .nullable()
      .describe("The logo, if any."),
    foundedYear: z.number().int().nullable().describe("The year it was founded."),
  })
  .meta({ id: "Network", description: "A city network" });

export const networkDetailSchema = networkSchema
  .extend({
    sections: z
      .array(sectionSchema.extend({ members: z.number().int().describe("Active members in this section.") }))
      .describe("The network's sections, in the network's order."),
    figures: z
      .object({
        members: z.number().int().describe("Places that are active members."),
        countries: z.number().int().describe("Countries those places are in."),
        sections: z.number().int().describe("Sections that have members."),
        sectionKind: z.enum(sectionKinds).describe("What the sections are, when they are all of one kind."),
      })
      .describe("Figures computed from the memberships, never typed in."),
  })
  .meta({ id: "NetworkDetail", description: "A network with its sections and figures" });

export const placeSchema = z
  .object({
    slug: z.string().describe("The place's slug."),
    kind: z.enum(placeKinds).describe("city, region or local_government."),
    name: z.string().describe("The name in the place's own usage."),
    names: names("The name"),
    originalLang: z.string().describe("The language of `name` among `names`."),
    country: z.string().describe("ISO 3166-1 alpha-2 country code."),
    region: z.string().describe("World region: africa, americas, asia, europe, oceania."),
    latitude: z.number().nullable().describe("Latitude in degrees (WGS 84)."),
    longitude: z.number().nullable().describe("Longitude in degrees (WGS 84)."),
    population: z.number().int().nullable().describe("Population, as GeoNames has it."),
    geonamesId: z.number().int().nullable().describe("The GeoNames id, for places imported from GeoNames."),
  })
  .meta({ id: "Place", description: "A city, region or local government" });

const placeMembershipSchema = z
  .object({
    network: networkSchema.pick({
      slug: true,
      acronym: true,
      acronyms: true,
      name: true,
      originalLang: true,
    }),
    section: sectionSchema.nullable().describe("The section the place belongs to, if any."),
    sinceYear: z.number().int().nullable().describe("The year the place joined."),
  })
  .meta({ id: "PlaceMembership", description: "A network a place is an active member of" });

export const placeWithMembershipsSchema = placeSchema
  .extend({
    memberships: z.array(placeMembershipSchema).describe("The networks the place is an active member of."),
  })
  // Named Place: the API always gives a place with its memberships.
  .meta({
    id: "Place",
    description: "A city, region or local government, and the networks it is an active member of",
  });

export const membershipSchema = z
  .object({
    id: z.number().int().describe("The membership's id."),
    network: z.string().describe("The network's slug."),
    place: z.string().describe("The place's slug."),
    section: z.string().nullable().describe("The section's slug, if any."),
    sinceYear: z.number().int().nullable().describe("The year the place joined."),
    status: z.enum(membershipStatuses).describe("active, or ended."),
    endedAt: z.string().nullable().describe("When the membership ended (ISO 8601), if it did."),
  })
  .meta({ id: "Membership", description: "A place's membership of a network" });

export const organisationSchema = z
  .object({
    slug: z.string().describe("The organisation's slug."),
    acronym: z.string().nullable().describe("The short name, such as FAO."),
    name: names("The full name"),
    description: names("The description"),
    originalLang,
    kind: z.enum(organisationKinds).describe("What kind of organisation it is."),
    country: z.string().nullable().describe("ISO 3166-1 alpha-2 code of its seat, if it has one."),
    website: z.string().nullable().describe("The organisation's own website."),
  })
  .meta({ id: "Organisation", description: "A partner organisation" });
