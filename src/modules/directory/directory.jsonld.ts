import { countryName } from "../../lib/countries.js";
import { type Locale, pickTranslation } from "../../lib/i18n/index.js";
import { acronymIn } from "./directory.names.js";
import type { NetworkDetail } from "./networks/networks.service.js";
import type { OrganisationView } from "./organisations/organisations.presenters.js";
import type { PlaceDetail } from "./places/places.service.js";

// schema.org descriptions for search engines, in the page's language.

const organisationTypes: Record<OrganisationView["kind"], string> = {
  un_agency: "GovernmentOrganization",
  university: "CollegeOrUniversity",
  ngo: "NGO",
  company: "Corporation",
  city_network: "Organization",
  national_government: "GovernmentOrganization",
};

const text = (values: Partial<Record<string, string>>, locale: Locale, original: string) =>
  pickTranslation(values, locale, original).text || undefined;

export function networkJsonLd(detail: NetworkDetail, locale: Locale, url: string) {
  const n = detail.network;
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    url,
    name: text(n.name, locale, n.originalLang),
    alternateName: acronymIn(locale, n),
    description: text(n.description, locale, n.originalLang),
    sameAs: n.website ?? undefined,
    foundingDate: n.foundedYear ? String(n.foundedYear) : undefined,
    logo: n.logo?.path,
  };
}

export function placeJsonLd(detail: PlaceDetail, locale: Locale, url: string) {
  const p = detail.place;
  return {
    "@context": "https://schema.org",
    "@type": p.kind === "city" ? "City" : "AdministrativeArea",
    url,
    name: text(p.names, locale, p.originalLang),
    alternateName: p.name,
    containedInPlace: { "@type": "Country", name: countryName(p.country, locale), identifier: p.country },
    geo:
      p.latitude !== null && p.longitude !== null
        ? { "@type": "GeoCoordinates", latitude: p.latitude, longitude: p.longitude }
        : undefined,
    sameAs: p.geonamesId ? `https://sws.geonames.org/${p.geonamesId}/` : undefined,
    memberOf: detail.memberships.map((m) => ({
      "@type": "Organization",
      name: text(m.network.name, locale, m.network.originalLang),
      alternateName: acronymIn(locale, m.network),
    })),
  };
}

export function organisationJsonLd(o: OrganisationView, locale: Locale, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": organisationTypes[o.kind],
    url,
    name: text(o.name, locale, o.originalLang),
    alternateName: o.acronym ?? undefined,
    description: text(o.description, locale, o.originalLang),
    sameAs: o.website ?? undefined,
    address: o.country ? { "@type": "PostalAddress", addressCountry: o.country } : undefined,
  };
}
