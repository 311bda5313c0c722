import type { OrganisationInput } from "../organisations/organisations.schema.js";

/** The partners the seed documents name. */
export const demoOrganisations: OrganisationInput[] = [
  {
    slug: "unesco",
    acronym: "UNESCO",
    kind: "un_agency",
    country: "FR",
    website: "https://www.unesco.org/",
    name: {
      en: "United Nations Educational, Scientific and Cultural Organization",
      fr: "Organisation des Nations unies pour l’éducation, la science et la culture",
      es: "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
    },
    description: {
      en: "Hosts World Cities Day conferences at its headquarters in Paris and the Creative Cities Network.",
      fr: "Accueille à son siège de Paris les conférences de la Journée mondiale des villes, et le Réseau des villes créatives.",
      es: "Acoge en su sede de París las conferencias del Día Mundial de las Ciudades, y la Red de Ciudades Creativas.",
    },
  },
  {
    slug: "un-habitat",
    acronym: "UN-Habitat",
    kind: "un_agency",
    country: "KE",
    website: "https://unhabitat.org/",
    name: {
      en: "United Nations Human Settlements Programme",
      fr: "Programme des Nations unies pour les établissements humains",
      es: "Programa de las Naciones Unidas para los Asentamientos Humanos",
    },
    description: {
      en: "Runs Urban October and, with Metropolis, World Metropolitan Day.",
      fr: "Organise l’Octobre urbain et, avec Metropolis, la Journée mondiale des métropoles.",
      es: "Organiza el Octubre Urbano y, con Metropolis, el Día Metropolitano Mundial.",
    },
  },
  {
    slug: "fao",
    acronym: "FAO",
    kind: "un_agency",
    country: "IT",
    website: "https://www.fao.org/",
    name: {
      en: "Food and Agriculture Organization of the United Nations",
      fr: "Organisation des Nations unies pour l’alimentation et l’agriculture",
      es: "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
    },
  },
  {
    slug: "unhcr",
    acronym: "UNHCR",
    kind: "un_agency",
    country: "CH",
    website: "https://www.unhcr.org/",
    name: {
      en: "Office of the United Nations High Commissioner for Refugees",
      fr: "Haut-Commissariat des Nations unies pour les réfugiés",
      es: "Alto Comisionado de las Naciones Unidas para los Refugiados",
    },
  },
  {
    slug: "uclg-aspac",
    acronym: "UCLG-ASPAC",
    kind: "city_network",
    country: "ID",
    website: "https://uclg-aspac.org/",
    name: {
      en: "United Cities and Local Governments Asia-Pacific",
      fr: "Cités et Gouvernements Locaux Unis Asie-Pacifique",
      es: "Ciudades y Gobiernos Locales Unidos Asia-Pacífico",
    },
    description: {
      en: "UCLG’s regional section for Asia and the Pacific; it supported the Resilient City training programme.",
      fr: "La section régionale de CGLU pour l’Asie et le Pacifique ; elle a soutenu le programme de formation Ville résiliente.",
      es: "La sección regional de CGLU para Asia y el Pacífico; apoyó el programa de formación Ciudad Resiliente.",
    },
  },
  {
    slug: "wethe15",
    kind: "ngo",
    website: "https://www.wethe15.org/",
    name: { en: "WeThe15" },
    description: {
      en: "A campaign that aims to become the biggest human rights movement representing the world’s 1.2 billion persons with disabilities; UCLG joined it as its 19th partner.",
      fr: "Une campagne qui veut devenir le plus grand mouvement de défense des droits humains représentant les 1,2 milliard de personnes handicapées dans le monde ; CGLU l’a rejointe comme 19e partenaire.",
      es: "Una campaña que aspira a ser el mayor movimiento de derechos humanos en representación de los 1.200 millones de personas con discapacidad del mundo; CGLU se sumó como su socio número 19.",
    },
  },
];
