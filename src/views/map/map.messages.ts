import type { Catalogue } from "../../lib/i18n/index.js";

/** Texts of the world map and its table; registered by the server with the core texts. */
export const mapMessages: Catalogue = {
  en: {
    "map.cluster": "{count} places, among them {names}",
    "map.more": "All {count} places, listed in the directory",
    "map.empty": "No places to show on this map yet.",
    "map.desc.one": "{count} place shown as a point on a world map. The table that follows lists it.",
    "map.desc.other": "{count} places shown as points on a world map. The table that follows lists them.",
    "map.table.summary.one": "The place on the map, as a table ({count})",
    "map.table.summary.other": "The places on the map, as a table ({count})",
    "map.table.name": "Name",
    "map.table.latitude": "Latitude",
    "map.table.longitude": "Longitude",
  },
  fr: {
    "map.cluster": "{count} lieux, dont {names}",
    "map.more": "Les {count} lieux, listés dans l’annuaire",
    "map.empty": "Aucun lieu à montrer sur cette carte pour le moment.",
    "map.desc.one":
      "{count} lieu figuré par un point sur une carte du monde. Le tableau qui suit le présente.",
    "map.desc.other":
      "{count} lieux figurés par des points sur une carte du monde. Le tableau qui suit les énumère.",
    "map.table.summary.one": "Le lieu de la carte, sous forme de tableau ({count})",
    "map.table.summary.other": "Les lieux de la carte, sous forme de tableau ({count})",
    "map.table.name": "Nom",
    "map.table.latitude": "Latitude",
    "map.table.longitude": "Longitude",
  },
  es: {
    "map.cluster": "{count} lugares, entre ellos {names}",
    "map.more": "Los {count} lugares, en el directorio",
    "map.empty": "Todavía no hay lugares que mostrar en este mapa.",
    "map.desc.one":
      "{count} lugar representado con un punto en un mapa del mundo. La tabla siguiente lo recoge.",
    "map.desc.other":
      "{count} lugares representados con puntos en un mapa del mundo. La tabla siguiente los enumera.",
    "map.table.summary.one": "El lugar del mapa, en forma de tabla ({count})",
    "map.table.summary.other": "Los lugares del mapa, en forma de tabla ({count})",
    "map.table.name": "Nombre",
    "map.table.latitude": "Latitud",
    "map.table.longitude": "Longitud",
  },
};
