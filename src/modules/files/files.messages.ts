import type { Catalogue } from "../../lib/i18n/index.js";

/** Texts of uploads: the image fields and the reasons a file is refused. */
export const messages: Catalogue = {
  en: {
    "files.alt.legend": "Text alternative",
    "files.alt.hint":
      "What the picture says to someone who cannot see it, in one sentence: for a logo, the name it spells. Give it in at least one language.",
    "files.alt.en": "Text alternative in English",
    "files.alt.fr": "Text alternative in French",
    "files.alt.es": "Text alternative in Spanish",
    "files.decorative": "This picture is decoration only: it says nothing the page does not already say",
    "files.decorative.hint": "Screen readers will then pass over it.",
    "files.error.type": "{field} must be a picture in one of these formats: {types}",
    "files.error.size": "{field} must be smaller than {max}",
    "files.size.mb": "{n} MB",
    "files.size.kb": "{n} KB",
    "files.error.unreadable": "{field} could not be read as a picture: save it again as PNG or JPEG",
    "files.error.missing": "Choose a file for {field}",
    "files.error.alt": "Enter a text alternative in at least one language, or say the picture is decoration",
  },
  fr: {
    "files.alt.legend": "Texte de remplacement",
    "files.alt.hint":
      "Ce que l’image dit à quelqu’un qui ne la voit pas, en une phrase : pour un logo, le nom qu’il écrit. Donnez-le dans au moins une langue.",
    "files.alt.en": "Texte de remplacement en anglais",
    "files.alt.fr": "Texte de remplacement en français",
    "files.alt.es": "Texte de remplacement en espagnol",
    "files.decorative": "Cette image est purement décorative : elle ne dit rien que la page ne dise déjà",
    "files.decorative.hint": "Les lecteurs d’écran l’ignoreront alors.",
    "files.error.type": "{field} doit être une image dans l’un de ces formats : {types}",
    "files.error.size": "{field} doit peser moins de {max}",
    "files.size.mb": "{n} Mo",
    "files.size.kb": "{n} Ko",
    "files.error.unreadable":
      "{field} n’a pas pu être lu comme une image : enregistrez-le de nouveau en PNG ou JPEG",
    "files.error.missing": "Choisissez un fichier pour {field}",
    "files.error.alt":
      "Saisissez un texte de remplacement dans au moins une langue, ou indiquez que l’image est décorative",
  },
  es: {
    "files.alt.legend": "Texto alternativo",
    "files.alt.hint":
      "Lo que la imagen dice a quien no puede verla, en una frase: para un logotipo, el nombre que muestra. Escríbalo al menos en un idioma.",
    "files.alt.en": "Texto alternativo en inglés",
    "files.alt.fr": "Texto alternativo en francés",
    "files.alt.es": "Texto alternativo en español",
    "files.decorative": "Esta imagen es solo decorativa: no dice nada que la página no diga ya",
    "files.decorative.hint": "Los lectores de pantalla la pasarán por alto.",
    "files.error.type": "{field} debe ser una imagen en uno de estos formatos: {types}",
    "files.error.size": "{field} debe pesar menos de {max}",
    "files.size.mb": "{n} MB",
    "files.size.kb": "{n} KB",
    "files.error.unreadable": "{field} no se pudo leer como imagen: guárdelo de nuevo como PNG o JPEG",
    "files.error.missing": "Elija un archivo para {field}",
    "files.error.alt":
      "Escriba un texto alternativo al menos en un idioma, o indique que la imagen es decorativa",
  },
};
