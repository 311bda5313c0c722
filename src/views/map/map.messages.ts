import type { Catalogue } from "../../lib/i18n/index.js";

/** Texts of the world map and its table; registered by the server with the core texts. */
export const mapMessages: Catalogue = {
  en: {
    "map.cluster": "{count} places, among them {names}",
    "map.more": "All {count} places, listed in the directory",
    "map.empty": "No places to show on this map yet.",
    "map.desc.one": "{count} place on a world map. The table that follows gives it with its link.",
    "map.desc.other":
      "{count} places on a world map, nearby places sharing a point. The table that follows gives every point with its link.",
    "map.table.summary.one": "The place on the map, as a table ({count})",
    "map.table.summary.other": "The places on the map, as a table ({count})",
    "map.table.name": "Name",
    "map.table.area": "Country",
    "map.table.places": "Places",
  },
  fr: {
    "map.cluster": "{count} lieux, dont {names}",
    "map.more": "Les {count} lieux, listés dans l’annuaire",
    "map.empty": "Aucun lieu à montrer sur cette carte pour le moment.",
    "map.desc.one": "{count} lieu sur une carte du monde. Le tableau qui suit le reprend avec son lien.",
    "map.desc.other":
      "{count} lieux sur une carte du monde, les lieux proches réunis en un point. Le tableau qui suit reprend chaque point avec son lien.",
    "map.table.summary.one": "Le lieu de la carte, sous forme de tableau ({count})",
    "map.table.summary.other": "Les lieux de la carte, sous forme de tableau ({count})",
    "map.table.name": "Nom",
    "map.table.area": "Pays",
    "map.table.places": "Lieux",
  },
  es: {
    "map.cluster": "{count} lugares, entre ellos {names}",
    "map.more": "Los {count} lugares, en el directorio",
    "map.empty": "Todavía no hay lugares que mostrar en este mapa.",
    "map.desc.one": "{count} lugar en un mapa del mundo. La tabla siguiente lo recoge con su enlace.",
    "map.desc.other":
      "{count} lugares en un mapa del mundo, los lugares cercanos reunidos en un punto. La tabla siguiente recoge cada punto con su enlace.",
    "map.table.summary.one": "El lugar del mapa, en forma de tabla ({count})",
    "map.table.summary.other": "Los lugares del mapa, en forma de tabla ({count})",
    "map.table.name": "Nombre",
    "map.table.area": "País",
    "map.table.places": "Lugares",
  },
};
