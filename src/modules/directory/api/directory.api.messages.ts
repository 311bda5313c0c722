import type { Catalogue } from "../../../lib/i18n/index.js";

/**
 * The directory's part of the API document: its tags and, keyed per operation, the summary,
 * description and parameter texts of each of its operations (see `ModuleApi` in lib/api.ts).
 */
export const directoryApiTexts: Catalogue = {
  en: {
    "tag.networks": "Networks",
    "tag.places": "Places",
    "tag.memberships": "Memberships",
    "tag.organisations": "Organisations",
    "listNetworks.summary": "List the networks",
    "listNetworks.description": "Every network hosted here, by acronym.",
    "getNetwork.summary": "A network, its sections and its figures",
    "getNetwork.description":
      "The network with its sections and figures computed from its memberships. Its members are listed by /api/v1/places?network= or /api/v1/memberships?network=.",
    "getNetwork.param.slug": "The network's slug, as in its web address.",
    "listPlaces.summary": "List and filter places",
    "listPlaces.description":
      "Places by name, each with the networks it is an active member of. A filter naming a network or section that does not exist answers 404.",
    "listPlaces.param.network": "Only active members of this network (its slug).",
    "listPlaces.param.section": "Only members in this section of the network (its slug); needs network.",
    "listPlaces.param.country": "Only this country: ISO 3166-1 alpha-2 code, such as FR.",
    "listPlaces.param.region": "Only this world region: africa, americas, asia, europe or oceania.",
    "listPlaces.param.kind": "Only this kind of place: city, region or local_government.",
    "getPlace.summary": "A place and its memberships",
    "getPlace.param.slug": "The place's slug, as in its web address.",
    "listMemberships.summary": "List and filter memberships",
    "listMemberships.description":
      "Memberships of places in networks, current and ended, oldest record first. A filter naming a network, section or place that does not exist answers 404.",
    "listMemberships.param.network": "Only memberships of this network (its slug).",
    "listMemberships.param.place": "Only memberships of this place (its slug).",
    "listMemberships.param.section":
      "Only memberships in this section of the network (its slug); needs network.",
    "listMemberships.param.status": "Only memberships with this status: active or ended.",
    "listOrganisations.summary": "List the organisations",
    "listOrganisations.description":
      "Partner organisations: UN agencies, universities, NGOs, companies, city networks...",
    "getOrganisation.summary": "An organisation",
    "getOrganisation.param.slug": "The organisation's slug, as in its web address.",
    "addMembership.summary": "Add a member place to a network",
    "addMembership.description":
      "Adds the place, or restores its ended membership. A current member is a conflict (409). Needs a platform admin or an editor of the network.",
    "addMembership.param.slug": "The network's slug.",
    "updateMembership.summary": "Change a membership's section, since-year or status",
    "updateMembership.description":
      "Fields left out keep their value; null clears the section or since-year. Needs a platform admin or an editor of the network.",
    "updateMembership.param.id": "The membership's id, in decimal digits.",
    "endMembership.summary": "End a membership",
    "endMembership.description":
      "The membership is kept as ended, with the time it ended; adding the place again restores it. Needs a platform admin or an editor of the network.",
    "endMembership.param.id": "The membership's id, in decimal digits.",
  },
  fr: {
    "tag.networks": "Réseaux",
    "tag.places": "Lieux",
    "tag.memberships": "Adhésions",
    "tag.organisations": "Organisations",
    "listNetworks.summary": "Lister les réseaux",
    "listNetworks.description": "Tous les réseaux hébergés ici, par sigle.",
    "getNetwork.summary": "Un réseau, ses sections et ses chiffres",
    "getNetwork.description":
      "Le réseau avec ses sections et des chiffres calculés à partir de ses adhésions. Ses membres sont listés par /api/v1/places?network= ou /api/v1/memberships?network=.",
    "getNetwork.param.slug": "Le slug du réseau, tel que dans son adresse web.",
    "listPlaces.summary": "Lister et filtrer les lieux",
    "listPlaces.description":
      "Les lieux par nom, chacun avec les réseaux dont il est membre actif. Un filtre qui nomme un réseau ou une section inexistants répond 404.",
    "listPlaces.param.network": "Seulement les membres actifs de ce réseau (son slug).",
    "listPlaces.param.section":
      "Seulement les membres de cette section du réseau (son slug) ; nécessite network.",
    "listPlaces.param.country": "Seulement ce pays : code ISO 3166-1 alpha-2, comme FR.",
    "listPlaces.param.region": "Seulement cette région du monde : africa, americas, asia, europe ou oceania.",
    "listPlaces.param.kind": "Seulement ce type de lieu : city, region ou local_government.",
    "getPlace.summary": "Un lieu et ses adhésions",
    "getPlace.param.slug": "Le slug du lieu, tel que dans son adresse web.",
    "listMemberships.summary": "Lister et filtrer les adhésions",
    "listMemberships.description":
      "Les adhésions des lieux aux réseaux, en cours et terminées, de la plus ancienne à la plus récente. Un filtre qui nomme un réseau, une section ou un lieu inexistants répond 404.",
    "listMemberships.param.network": "Seulement les adhésions à ce réseau (son slug).",
    "listMemberships.param.place": "Seulement les adhésions de ce lieu (son slug).",
    "listMemberships.param.section":
      "Seulement les adhésions dans cette section du réseau (son slug) ; nécessite network.",
    "listMemberships.param.status": "Seulement les adhésions ayant ce statut : active ou ended.",
    "listOrganisations.summary": "Lister les organisations",
    "listOrganisations.description":
      "Les organisations partenaires : agences de l’ONU, universités, ONG, entreprises, réseaux de villes…",
    "getOrganisation.summary": "Une organisation",
    "getOrganisation.param.slug": "Le slug de l’organisation, tel que dans son adresse web.",
    "addMembership.summary": "Ajouter un lieu membre à un réseau",
    "addMembership.description":
      "Ajoute le lieu, ou rétablit son adhésion terminée. Un membre actuel est un conflit (409). Réservé aux administrateurs de la plateforme et aux éditeurs du réseau.",
    "addMembership.param.slug": "Le slug du réseau.",
    "updateMembership.summary": "Modifier la section, l’année d’adhésion ou le statut d’une adhésion",
    "updateMembership.description":
      "Les champs omis gardent leur valeur ; null efface la section ou l’année d’adhésion. Réservé aux administrateurs de la plateforme et aux éditeurs du réseau.",
    "updateMembership.param.id": "L’identifiant de l’adhésion, en chiffres décimaux.",
    "endMembership.summary": "Mettre fin à une adhésion",
    "endMembership.description":
      "L’adhésion est conservée comme terminée, avec sa date de fin ; ajouter de nouveau le lieu la rétablit. Réservé aux administrateurs de la plateforme et aux éditeurs du réseau.",
    "endMembership.param.id": "L’identifiant de l’adhésion, en chiffres décimaux.",
  },
  es: {
    "tag.networks": "Redes",
    "tag.places": "Lugares",
    "tag.memberships": "Membresías",
    "tag.organisations": "Organizaciones",
    "listNetworks.summary": "Listar las redes",
    "listNetworks.description": "Todas las redes alojadas aquí, por sigla.",
    "getNetwork.summary": "Una red, sus secciones y sus cifras",
    "getNetwork.description":
      "La red con sus secciones y cifras calculadas a partir de sus membresías. Sus miembros se listan con /api/v1/places?network= o /api/v1/memberships?network=.",
    "getNetwork.param.slug": "El slug de la red, como en su dirección web.",
    "listPlaces.summary": "Listar y filtrar lugares",
    "listPlaces.description":
      "Los lugares por nombre, cada uno con las redes de las que es miembro activo. Un filtro que nombra una red o sección inexistente responde 404.",
    "listPlaces.param.network": "Solo los miembros activos de esta red (su slug).",
    "listPlaces.param.section": "Solo los miembros de esta sección de la red (su slug); requiere network.",
    "listPlaces.param.country": "Solo este país: código ISO 3166-1 alfa-2, como FR.",
    "listPlaces.param.region": "Solo esta región del mundo: africa, americas, asia, europe u oceania.",
    "listPlaces.param.kind": "Solo este tipo de lugar: city, region o local_government.",
    "getPlace.summary": "Un lugar y sus membresías",
    "getPlace.param.slug": "El slug del lugar, como en su dirección web.",
    "listMemberships.summary": "Listar y filtrar membresías",
    "listMemberships.description":
      "Las membresías de lugares en redes, vigentes y terminadas, de la más antigua a la más reciente. Un filtro que nombra una red, sección o lugar inexistente responde 404.",
    "listMemberships.param.network": "Solo las membresías de esta red (su slug).",
    "listMemberships.param.place": "Solo las membresías de este lugar (su slug).",
    "listMemberships.param.section":
      "Solo las membresías de esta sección de la red (su slug); requiere network.",
    "listMemberships.param.status": "Solo las membresías con este estado: active o ended.",
    "listOrganisations.summary": "Listar las organizaciones",
    "listOrganisations.description":
      "Organizaciones asociadas: agencias de la ONU, universidades, ONG, empresas, redes de ciudades…",
    "getOrganisation.summary": "Una organización",
    "getOrganisation.param.slug": "El slug de la organización, como en su dirección web.",
    "addMembership.summary": "Añadir un lugar miembro a una red",
    "addMembership.description":
      "Añade el lugar, o restablece su membresía terminada. Un miembro actual es un conflicto (409). Reservado a los administradores de la plataforma y a los editores de la red.",
    "addMembership.param.slug": "El slug de la red.",
    "updateMembership.summary": "Cambiar la sección, el año de ingreso o el estado de una membresía",
    "updateMembership.description":
      "Los campos omitidos conservan su valor; null borra la sección o el año de ingreso. Reservado a los administradores de la plataforma y a los editores de la red.",
    "updateMembership.param.id": "El identificador de la membresía, en dígitos decimales.",
    "endMembership.summary": "Terminar una membresía",
    "endMembership.description":
      "La membresía se conserva como terminada, con su fecha de fin; volver a añadir el lugar la restablece. Reservado a los administradores de la plataforma y a los editores de la red.",
    "endMembership.param.id": "El identificador de la membresía, en dígitos decimales.",
  },
};

/** The directory API's own messages (ordinary catalogue keys). */
export const directoryApiMessages: Catalogue = {
  en: {
    "directory.api.sectionWithoutNetwork": "{field} needs network: a section belongs to one network",
    "directory.api.unknown": "{field}: nothing has this slug",
  },
  fr: {
    "directory.api.sectionWithoutNetwork": "{field} nécessite network : une section appartient à un réseau",
    "directory.api.unknown": "{field} : rien n’a ce slug",
  },
  es: {
    "directory.api.sectionWithoutNetwork": "{field} requiere network: una sección pertenece a una red",
    "directory.api.unknown": "{field}: nada tiene este slug",
  },
};
