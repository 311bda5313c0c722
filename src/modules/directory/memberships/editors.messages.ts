import type { Catalogue } from "../../../lib/i18n/index.js";

/** Texts of the editors' page and of accepting a focal-point invitation. */
export const editorsMessages: Catalogue = {
  en: {
    "manage.invite.heading": "Invite a focal point",
    "manage.invite.hint":
      "We will email a link, valid for 14 days, that makes the person the focal point {placeForm, select, the {of the {placeBare}} other {of {place}}}.",
    "manage.invite.submit": "Send invitation",
    "manage.editors.title": "Editors {networkForm, select, the {of the {networkBare}} other {of {network}}}",
    "manage.editors.intro": "Editors manage the network’s members and invite focal points.",
    "manage.editors.none": "This network has no editor yet.",
    "manage.editors.add": "Add an editor",
    "manage.editors.hint": "The email address of an existing account.",
    "manage.editors.submit": "Add editor",
    "manage.editors.remove": "Remove",
    "manage.mail.editor.subject": "{network}: you are now an editor",
    "manage.mail.editor.body":
      "Hello {name},\n\nYou are now an editor of this network on {site}:\n\n{network}\n\nEditors manage the network’s members and invite their focal points. Start here:\n{link}",
    "invitation.hasAccount": "An account already uses {email}. Sign in to accept the invitation.",
    "invitation.newcomer.lead":
      "Create your account to accept: this one form is all it takes, and you are signed in straight away. Your account uses {email}, the address the invitation was sent to.",
    "invitation.newcomer.submit": "Create my account and accept",
    "invitation.newcomer.haveAccount": "Already have an account under another address?",
    "invitation.newcomer.done": "Your account is ready and you are signed in.",
  },
  fr: {
    "manage.invite.heading": "Inviter un point focal",
    "manage.invite.hint":
      "Nous enverrons par courriel un lien, valable 14 jours, qui fait de la personne le point focal {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}}.",
    "manage.invite.submit": "Envoyer l’invitation",
    "manage.editors.title":
      "Éditeurs {networkForm, select, le {du {networkBare}} la {de la {networkBare}} l {de l’{networkBare}} les {des {networkBare}} vowel {d’{network}} other {de {network}}}",
    "manage.editors.intro": "Les éditeurs gèrent les membres du réseau et invitent les points focaux.",
    "manage.editors.none": "Ce réseau n’a pas encore d’éditeur.",
    "manage.editors.add": "Ajouter un éditeur",
    "manage.editors.hint": "L’adresse électronique d’un compte existant.",
    "manage.editors.submit": "Ajouter l’éditeur",
    "manage.editors.remove": "Retirer",
    "manage.mail.editor.subject": "{network} : vous êtes désormais éditeur ou éditrice",
    "manage.mail.editor.body":
      "Bonjour {name},\n\nVous êtes désormais éditeur ou éditrice de ce réseau sur {site} :\n\n{network}\n\nLes éditeurs gèrent les membres du réseau et invitent leurs points focaux. Pour commencer :\n{link}",
    "invitation.hasAccount":
      "Un compte utilise déjà l’adresse {email}. Connectez-vous pour accepter l’invitation.",
    "invitation.newcomer.lead":
      "Créez votre compte pour accepter : ce seul formulaire suffit, et votre session s’ouvre aussitôt. Votre compte utilisera l’adresse {email}, à laquelle l’invitation a été envoyée.",
    "invitation.newcomer.submit": "Créer mon compte et accepter",
    "invitation.newcomer.haveAccount": "Vous avez déjà un compte avec une autre adresse ?",
    "invitation.newcomer.done": "Votre compte est créé et votre session est ouverte.",
  },
  es: {
    "manage.invite.heading": "Invitar a un punto focal",
    "manage.invite.hint":
      "Enviaremos por correo un enlace, válido durante 14 días, que convierte a la persona en el punto focal {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}}.",
    "manage.invite.submit": "Enviar la invitación",
    "manage.editors.title":
      "Editores {networkForm, select, el {del {networkBare}} la {de la {networkBare}} los {de los {networkBare}} las {de las {networkBare}} other {de {network}}}",
    "manage.editors.intro": "Los editores gestionan los miembros de la red e invitan a los puntos focales.",
    "manage.editors.none": "Esta red todavía no tiene editores.",
    "manage.editors.add": "Añadir un editor",
    "manage.editors.hint": "El correo electrónico de una cuenta existente.",
    "manage.editors.submit": "Añadir editor",
    "manage.editors.remove": "Retirar",
    "manage.mail.editor.subject": "{network}: ahora es editor o editora",
    "manage.mail.editor.body":
      "Hola, {name}:\n\nAhora es editor o editora de esta red en {site}:\n\n{network}\n\nLos editores gestionan los miembros de la red e invitan a sus puntos focales. Para empezar:\n{link}",
    "invitation.hasAccount":
      "Ya hay una cuenta con la dirección {email}. Inicie sesión para aceptar la invitación.",
    "invitation.newcomer.lead":
      "Cree su cuenta para aceptar: basta con este formulario, y su sesión se inicia en el acto. Su cuenta usará la dirección {email}, a la que se envió la invitación.",
    "invitation.newcomer.submit": "Crear mi cuenta y aceptar",
    "invitation.newcomer.haveAccount": "¿Ya tiene una cuenta con otra dirección?",
    "invitation.newcomer.done": "Su cuenta está creada y su sesión, iniciada.",
  },
};
