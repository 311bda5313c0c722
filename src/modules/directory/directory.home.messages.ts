import type { Catalogue } from "../../lib/i18n/index.js";

/** The directory's blocks on the home page. Figure labels follow the count: the number is shown apart. */
export const homeMessages: Catalogue = {
  en: {
    "directory.home.figures": "The platform in figures",
    "directory.home.networks.one": "city network",
    "directory.home.networks.other": "city networks",
    "directory.home.cities.one": "member city",
    "directory.home.cities.other": "member cities",
    "directory.home.countries.one": "country",
    "directory.home.countries.other": "countries",
    "directory.home.organisations.one": "partner organisation",
    "directory.home.organisations.other": "partner organisations",
    "directory.home.networksTitle": "The networks on this platform",
    "directory.home.allNetworks": "All networks and their members",
  },
  fr: {
    "directory.home.figures": "La plateforme en chiffres",
    "directory.home.networks.one": "réseau de villes",
    "directory.home.networks.other": "réseaux de villes",
    "directory.home.cities.one": "ville membre",
    "directory.home.cities.other": "villes membres",
    "directory.home.countries.one": "pays",
    "directory.home.countries.other": "pays",
    "directory.home.organisations.one": "organisation partenaire",
    "directory.home.organisations.other": "organisations partenaires",
    "directory.home.networksTitle": "Les réseaux de cette plateforme",
    "directory.home.allNetworks": "Tous les réseaux et leurs membres",
  },
  es: {
    "directory.home.figures": "La plataforma en cifras",
    "directory.home.networks.one": "red de ciudades",
    "directory.home.networks.other": "redes de ciudades",
    "directory.home.cities.one": "ciudad miembro",
    "directory.home.cities.other": "ciudades miembro",
    "directory.home.countries.one": "país",
    "directory.home.countries.other": "países",
    "directory.home.organisations.one": "organización asociada",
    "directory.home.organisations.other": "organizaciones asociadas",
    "directory.home.networksTitle": "Las redes de esta plataforma",
    "directory.home.allNetworks": "Todas las redes y sus miembros",
  },
};
