import type { Catalogue } from "../../lib/i18n/index.js";

/**
 * Texts of the API documentation page, and of the parameters every list shares (`api.param.<name>`).
 * Each module's operations have their texts in its own manifest (`api.texts`), keyed per operation.
 */
export const messages: Catalogue = {
  en: {
    "api.docs.title": "Public API",
    "api.docs.lead":
      "Read the directory's networks, places, memberships and organisations as JSON, without an account.",
    "api.docs.openapi": "The same description for programs: OpenAPI 3.1 (JSON)",
    "api.docs.contents": "Operations",
    "api.docs.conventions": "How the API answers",
    "api.docs.pagination":
      "Lists come one page at a time. Choose the page with page (from 1) and its size with perPage (1 to 100, 20 by default). Every list answers with data, meta (page, perPage, total, pages) and links (self, first, prev, next, last) that keep your filters.",
    "api.docs.translations":
      "Names and descriptions come with every translation they have, keyed by language code, and with originalLang, the language they were written in: your program chooses what to show.",
    "api.docs.errors":
      "A failure answers with its HTTP status and an object error with a code (not_found, invalid_input...), a message and, for bad input, fields: each bad parameter with a message naming it. Messages are in the language asked with ?lang=en|fr|es or the Accept-Language header.",
    "api.docs.auth":
      "Reads need no account. Writes need a personal API token, created on your account page and sent as Authorization: Bearer <token>; without one they answer 401. A signed-in browser may write too, with its session's CSRF token in the x-csrf-token header.",
    "api.docs.caching":
      "Every read answers with an ETag: send it back in If-None-Match and an unchanged answer is 304, without a body. Public reads may be kept for a minute (Cache-Control: public, max-age=60); answers to a token or a session are kept by nobody.",
    "api.docs.cors":
      "Public reads answer any web page, from any site (Access-Control-Allow-Origin: *), without cookies.",
    "api.docs.method": "Method and path",
    "api.docs.parameters": "Parameters",
    "api.docs.noParameters": "No parameters.",
    "api.docs.col.name": "Name",
    "api.docs.col.in": "In",
    "api.docs.col.type": "Type",
    "api.docs.col.required": "Required",
    "api.docs.col.description": "Description",
    "api.docs.in.query": "query string",
    "api.docs.in.path": "path",
    "api.docs.in.header": "header",
    "api.docs.yes": "Yes",
    "api.docs.no": "No",
    "api.docs.default": "default: {value}",
    "api.docs.range": "from {min} to {max}",
    "api.docs.choices": "one of: {choices}",
    "api.docs.nullable": "or null",
    "api.docs.response": "Answer",
    "api.docs.body": "Request body (JSON)",
    "api.docs.noResponse": "An empty answer.",
    "api.docs.errorStatuses": "Error statuses: {statuses}",
    "api.docs.example": "Example",
    "api.type.string": "text",
    "api.type.integer": "whole number",
    "api.type.number": "number",
    "api.type.boolean": "true or false",
    "api.type.object": "object",
    "api.type.array": "list of {type}",
    "api.type.map": "object with keys of your choice, values: {type}",
    "api.type.enum": "text",
    "api.type.mixed": "several types",
    "api.type.any": "any value",
    "api.type.null": "null",
    "api.param.lang":
      "Language of error messages: en, fr or es. The Accept-Language header is used otherwise.",
    "api.param.page": "Page number, from 1.",
    "api.param.perPage": "Items per page, from 1 to 100 (20 by default).",
  },
  fr: {
    "api.docs.title": "API publique",
    "api.docs.lead":
      "Lisez en JSON les réseaux, lieux, adhésions et organisations de l’annuaire, sans compte.",
    "api.docs.openapi": "La même description pour les programmes : OpenAPI 3.1 (JSON)",
    "api.docs.contents": "Opérations",
    "api.docs.conventions": "Comment l’API répond",
    "api.docs.pagination":
      "Les listes arrivent page par page. Choisissez la page avec page (à partir de 1) et sa taille avec perPage (de 1 à 100, 20 par défaut). Chaque liste répond avec data, meta (page, perPage, total, pages) et links (self, first, prev, next, last), qui conservent vos filtres.",
    "api.docs.translations":
      "Les noms et descriptions sont fournis avec toutes leurs traductions, par code de langue, et avec originalLang, la langue dans laquelle ils ont été écrits : votre programme choisit ce qu’il affiche.",
    "api.docs.errors":
      "Un échec répond avec son statut HTTP et un objet error comprenant un code (not_found, invalid_input…), un message et, pour une saisie incorrecte, fields : chaque paramètre incorrect avec un message qui le nomme. Les messages sont dans la langue demandée par ?lang=en|fr|es ou par l’en-tête Accept-Language.",
    "api.docs.auth":
      "Les lectures ne demandent aucun compte. Les écritures demandent un jeton d’API personnel, créé sur la page de votre compte et envoyé sous la forme Authorization: Bearer <jeton> ; sans lui, elles répondent 401. Un navigateur connecté peut aussi écrire, avec le jeton CSRF de sa session dans l’en-tête x-csrf-token.",
    "api.docs.caching":
      "Chaque lecture répond avec un ETag : renvoyez-le dans If-None-Match et une réponse inchangée est 304, sans corps. Les lectures publiques peuvent être gardées une minute (Cache-Control: public, max-age=60) ; les réponses à un jeton ou à une session ne sont gardées par personne.",
    "api.docs.cors":
      "Les lectures publiques répondent à toute page web, de tout site (Access-Control-Allow-Origin: *), sans cookies.",
    "api.docs.method": "Méthode et chemin",
    "api.docs.parameters": "Paramètres",
    "api.docs.noParameters": "Aucun paramètre.",
    "api.docs.col.name": "Nom",
    "api.docs.col.in": "Emplacement",
    "api.docs.col.type": "Type",
    "api.docs.col.required": "Obligatoire",
    "api.docs.col.description": "Description",
    "api.docs.in.query": "chaîne de requête",
    "api.docs.in.path": "chemin",
    "api.docs.in.header": "en-tête",
    "api.docs.yes": "Oui",
    "api.docs.no": "Non",
    "api.docs.default": "par défaut : {value}",
    "api.docs.range": "de {min} à {max}",
    "api.docs.choices": "au choix : {choices}",
    "api.docs.nullable": "ou null",
    "api.docs.response": "Réponse",
    "api.docs.body": "Corps de la requête (JSON)",
    "api.docs.noResponse": "Une réponse vide.",
    "api.docs.errorStatuses": "Statuts d’erreur : {statuses}",
    "api.docs.example": "Exemple",
    "api.type.string": "texte",
    "api.type.integer": "nombre entier",
    "api.type.number": "nombre",
    "api.type.boolean": "vrai ou faux",
    "api.type.object": "objet",
    "api.type.array": "liste ({type})",
    "api.type.map": "objet aux clés libres, valeurs : {type}",
    "api.type.enum": "texte",
    "api.type.mixed": "plusieurs types",
    "api.type.any": "toute valeur",
    "api.type.null": "null",
    "api.param.lang":
      "Langue des messages d’erreur : en, fr ou es. À défaut, l’en-tête Accept-Language est utilisé.",
    "api.param.page": "Numéro de page, à partir de 1.",
    "api.param.perPage": "Éléments par page, de 1 à 100 (20 par défaut).",
  },
  es: {
    "api.docs.title": "API pública",
    "api.docs.lead":
      "Consulte en JSON las redes, lugares, membresías y organizaciones del directorio, sin necesidad de cuenta.",
    "api.docs.openapi": "La misma descripción para programas: OpenAPI 3.1 (JSON)",
    "api.docs.contents": "Operaciones",
    "api.docs.conventions": "Cómo responde la API",
    "api.docs.pagination":
      "Las listas llegan de página en página. Elija la página con page (desde 1) y su tamaño con perPage (de 1 a 100, 20 por defecto). Cada lista responde con data, meta (page, perPage, total, pages) y links (self, first, prev, next, last), que conservan sus filtros.",
    "api.docs.translations":
      "Los nombres y descripciones llegan con todas sus traducciones, por código de idioma, y con originalLang, el idioma en que se escribieron: su programa elige qué mostrar.",
    "api.docs.errors":
      "Un fallo responde con su código HTTP y un objeto error con un code (not_found, invalid_input…), un message y, si los datos son incorrectos, fields: cada parámetro incorrecto con un mensaje que lo nombra. Los mensajes están en el idioma pedido con ?lang=en|fr|es o con la cabecera Accept-Language.",
    "api.docs.auth":
      "Las lecturas no necesitan cuenta. Las escrituras necesitan un token de API personal, creado en la página de su cuenta y enviado como Authorization: Bearer <token>; sin él responden 401. Un navegador con sesión iniciada también puede escribir, con el token CSRF de su sesión en la cabecera x-csrf-token.",
    "api.docs.caching":
      "Cada lectura responde con un ETag: devuélvalo en If-None-Match y una respuesta sin cambios es 304, sin cuerpo. Las lecturas públicas pueden guardarse un minuto (Cache-Control: public, max-age=60); las respuestas a un token o a una sesión no las guarda nadie.",
    "api.docs.cors":
      "Las lecturas públicas responden a cualquier página web, de cualquier sitio (Access-Control-Allow-Origin: *), sin cookies.",
    "api.docs.method": "Método y ruta",
    "api.docs.parameters": "Parámetros",
    "api.docs.noParameters": "Sin parámetros.",
    "api.docs.col.name": "Nombre",
    "api.docs.col.in": "Ubicación",
    "api.docs.col.type": "Tipo",
    "api.docs.col.required": "Obligatorio",
    "api.docs.col.description": "Descripción",
    "api.docs.in.query": "cadena de consulta",
    "api.docs.in.path": "ruta",
    "api.docs.in.header": "cabecera",
    "api.docs.yes": "Sí",
    "api.docs.no": "No",
    "api.docs.default": "por defecto: {value}",
    "api.docs.range": "de {min} a {max}",
    "api.docs.choices": "uno de: {choices}",
    "api.docs.nullable": "o null",
    "api.docs.response": "Respuesta",
    "api.docs.body": "Cuerpo de la petición (JSON)",
    "api.docs.noResponse": "Una respuesta vacía.",
    "api.docs.errorStatuses": "Códigos de error: {statuses}",
    "api.docs.example": "Ejemplo",
    "api.type.string": "texto",
    "api.type.integer": "número entero",
    "api.type.number": "número",
    "api.type.boolean": "verdadero o falso",
    "api.type.object": "objeto",
    "api.type.array": "lista ({type})",
    "api.type.map": "objeto con claves libres, valores: {type}",
    "api.type.enum": "texto",
    "api.type.mixed": "varios tipos",
    "api.type.any": "cualquier valor",
    "api.type.null": "null",
    "api.param.lang":
      "Idioma de los mensajes de error: en, fr o es. Si no se indica, se usa la cabecera Accept-Language.",
    "api.param.page": "Número de página, desde 1.",
    "api.param.perPage": "Elementos por página, de 1 a 100 (20 por defecto).",
  },
};
