import type { Catalogue } from "../../lib/i18n/index.js";

/** The search module's part of the API document, keyed per operation (see `ModuleApi` in lib/api.ts). */
export const searchApiTexts: Catalogue = {
  en: {
    "tag.search": "Search",
    "search.summary": "Search the platform",
    "search.description":
      "Public places, networks and organisations (and what later features add), best match first: a name equal to the query, then a name starting with it, then similar names, then words in titles and summaries.",
    "search.param.q": "What to look for: a name in any language, accents and small typos forgiven, or words.",
    "search.param.kind": "Only results of this kind (place, network, organisation...).",
    "search.param.lang": "Language of the titles and summaries, and of error messages (en, fr or es).",
  },
  fr: {
    "tag.search": "Recherche",
    "search.summary": "Chercher sur la plateforme",
    "search.description":
      "Les lieux, réseaux et organisations publics (et ce qu’ajouteront d’autres fonctions), les meilleurs d’abord : un nom égal à la recherche, puis un nom qui commence par elle, puis les noms proches, puis les mots des titres et des résumés.",
    "search.param.q":
      "Ce que vous cherchez : un nom dans n’importe quelle langue, accents et petites fautes pardonnés, ou des mots.",
    "search.param.kind": "Seulement les résultats de ce type (place, network, organisation…).",
    "search.param.lang": "Langue des titres et des résumés, et des messages d’erreur (en, fr ou es).",
  },
  es: {
    "tag.search": "Búsqueda",
    "search.summary": "Buscar en la plataforma",
    "search.description":
      "Los lugares, redes y organizaciones públicos (y lo que añadan otras funciones), los mejores primero: un nombre igual a la búsqueda, luego un nombre que empieza por ella, luego nombres parecidos, luego palabras de títulos y resúmenes.",
    "search.param.q":
      "Lo que busca: un nombre en cualquier idioma, con acentos y pequeñas erratas perdonados, o palabras.",
    "search.param.kind": "Solo los resultados de este tipo (place, network, organisation…).",
    "search.param.lang": "Idioma de los títulos y resúmenes, y de los mensajes de error (en, fr o es).",
  },
};
