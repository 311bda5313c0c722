import type { Catalogue } from "../../lib/i18n/index.js";

/** Texts of the history component (src/views/History.tsx) and of the comment field beside changes. */
export const messages: Catalogue = {
  en: {
    "history.title": "History",
    "history.none": "No change has been recorded yet.",
    "history.empty": "none",
    "history.platform": "The platform",
    "history.comment": "Comment:",
    "history.field": "{field}:",
    "audit.field.comment": "Comment",
    "audit.comment.hint": "Why you are making this change. It is kept in the history, seen by editors.",
  },
  fr: {
    "history.title": "Historique",
    "history.none": "Aucune modification n’a encore été enregistrée.",
    "history.empty": "aucun",
    "history.platform": "La plateforme",
    "history.comment": "Commentaire :",
    "history.field": "{field} :",
    "audit.field.comment": "Commentaire",
    "audit.comment.hint":
      "Pourquoi vous faites cette modification. Il est gardé dans l’historique, visible des éditeurs.",
  },
  es: {
    "history.title": "Historial",
    "history.none": "Todavía no se ha registrado ningún cambio.",
    "history.empty": "ninguno",
    "history.platform": "La plataforma",
    "history.comment": "Comentario:",
    "history.field": "{field}:",
    "audit.field.comment": "Comentario",
    "audit.comment.hint": "Por qué hace este cambio. Se guarda en el historial, visible para los editores.",
  },
};
