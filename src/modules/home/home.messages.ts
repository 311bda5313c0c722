import type { Catalogue } from "../../lib/i18n/index.js";

export const messages: Catalogue = {
  en: {
    "home.title": "Cities learning from cities",
    "home.lead":
      "City networks share their members' practices, events, news and courses here, in English, French and Spanish.",
    "home.explore": "Explore the directory of networks, cities and organisations",
  },
  fr: {
    "home.title": "Des villes qui apprennent des villes",
    "home.lead":
      "Les réseaux de villes partagent ici les pratiques, événements, actualités et cours de leurs membres, en anglais, en français et en espagnol.",
    "home.explore": "Parcourir l’annuaire des réseaux, des villes et des organisations",
  },
  es: {
    "home.title": "Ciudades que aprenden de ciudades",
    "home.lead":
      "Las redes de ciudades comparten aquí las prácticas, eventos, noticias y cursos de sus miembros, en inglés, francés y español.",
    "home.explore": "Explorar el directorio de redes, ciudades y organizaciones",
  },
};
