import type { Catalogue } from "../../../lib/i18n/index.js";
import { editorsMessages } from "./editors.messages.js";
import { newPlaceMessages } from "./places.new.messages.js";

/** Texts of the editors' pages: memberships, editors and focal-point invitations. */
export const manageMessages: Catalogue = {
  en: {
    "manage.audit.added": "Added the place as a member",
    "manage.audit.restored": "Restored the membership",
    "manage.audit.changed": "Changed the membership",
    "manage.audit.ended": "Ended the membership",
    "manage.nav.label": "Network management",
    "manage.nav.members": "Members",
    "manage.nav.editors": "Editors",
    "manage.nav.public": "Public page of the network",
    "manage.title": "Members {networkForm, select, the {of the {networkBare}} other {of {network}}}",
    "manage.field.place": "Place",
    "manage.field.section": "Section",
    "manage.field.sinceYear": "Member since (year)",
    "manage.field.status": "Status",
    "manage.field.email": "Email address",
    "manage.field.search": "Place name",
    "manage.field.page": "Page",
    "manage.sinceYear.hint": "A year such as 2004. Leave empty if unknown.",
    "manage.section.none": "No section",
    "manage.add.heading": "Add a member",
    "manage.search.hint": "At least 2 letters of the name, in any language.",
    "manage.search.submit": "Search",
    "manage.search.none": "No place has a name containing “{q}”.",
    "manage.add.choose": "Choose the place to add",
    "manage.add.submit": "Add member",
    "manage.match.member": "already a member",
    "manage.match.former": "former member: adding it again restores the membership",
    "manage.list.heading": "Current and former members",
    "manage.list.empty": "This network has no members yet.",
    "manage.col.place": "Place",
    "manage.col.country": "Country",
    "manage.col.section": "Section",
    "manage.col.since": "Since",
    "manage.col.status": "Status",
    "manage.col.actions": "Actions",
    "manage.status.active": "Member",
    "manage.status.ended": "Ended",
    "manage.status.endedOn": "Ended on {date}",
    "manage.edit.action": "Edit",
    "manage.edit.title":
      "Membership {placeForm, select, the {of the {placeBare}} other {of {place}}} {networkForm, select, the {in the {networkBare}} other {in {network}}}",
    "manage.edit.submit": "Save changes",
    "manage.end.link": "End this membership",
    "manage.end.title":
      "End the membership {placeForm, select, the {of the {placeBare}} other {of {place}}}?",
    "manage.end.body":
      "{place} will no longer be listed among the members {networkForm, select, the {of the {networkBare}} other {of {network}}}. You can add it again later.",
    "manage.end.submit": "End membership",
    "manage.end.cancel": "Keep the membership",
    "manage.notice.added": "The member was added.",
    "manage.notice.saved": "Your changes were saved.",
    "manage.notice.ended": "The membership was ended.",
    "manage.notice.invited": "The invitation was sent.",
    "manage.notice.editorAdded": "The editor was added.",
    "manage.notice.editorRemoved": "The editor was removed.",
    "manage.error.tooEarly": "{field} must be 1800 or later",
    "manage.error.futureYear": "{field} cannot be later than this year",
    "manage.error.unknownSection": "Choose one of the network’s sections for {field}",
    "manage.error.unknownPlace": "Choose a place from the search results for {field}",
    "manage.error.alreadyMember": "{place} is already a member of this network",
    "manage.error.notMember": "Only a current member can have a focal point: restore the membership first",
    "manage.error.noAccount":
      "{field}: no account uses this address; ask the person to create an account first",
    "manage.col.name": "Name",
    "manage.col.email": "Email address",
    "invitation.title": "Invitation to be a focal point",
    "invitation.body":
      "{networkForm, select, the {The {networkBare}} other {{network}}} invites you to be the focal point {placeForm, select, the {of the {placeBare}} other {of {place}}}: the person who speaks for the city on CityExchange.",
    "invitation.signIn": "Sign in to accept",
    "invitation.accept": "Accept the invitation",
    "invitation.accepted.title":
      "You are the focal point {placeForm, select, the {of the {placeBare}} other {of {place}}}",
    "invitation.accepted.body":
      "You are now the focal point {placeForm, select, the {of the {placeBare}} other {of {place}}} and a member {networkForm, select, the {of the {networkBare}} other {of {network}}}.",
    "invitation.goPlace": "Go to the page {placeForm, select, the {of the {placeBare}} other {of {place}}}",
    "invitation.invalid.title": "This invitation link cannot be used",
    "invitation.expired": "This invitation has expired. Ask the network’s secretariat to send a new one.",
    "invitation.used": "This invitation has already been accepted.",
    "invitation.unknown":
      "This invitation link is not valid. Check that you copied the whole link from the email.",
    "invitation.ended":
      "{place} is no longer a member {networkForm, select, the {of the {networkBare}} other {of {network}}}, so this invitation has lapsed.",
    "invitation.mail.subject":
      "Invitation: focal point {placeForm, select, the {of the {placeBare}} other {of {place}}} for {networkForm, select, the {the {networkBare}} other {{network}}}",
    "invitation.mail.text":
      "Hello,\n\n{inviter} invites you, on behalf {networkForm, select, the {of the {networkBare}} other {of {network}}}, to be the focal point {placeForm, select, the {of the {placeBare}} other {of {place}}} on CityExchange.\n\nTo accept, open this link within 14 days:\n{link}\n\nIf you did not expect this message, you can ignore it.",
  },
  fr: {
    "manage.audit.added": "A ajouté le lieu comme membre",
    "manage.audit.restored": "A rétabli l’adhésion",
    "manage.audit.changed": "A modifié l’adhésion",
    "manage.audit.ended": "A mis fin à l’adhésion",
    "manage.nav.label": "Gestion du réseau",
    "manage.nav.members": "Membres",
    "manage.nav.editors": "Éditeurs",
    "manage.nav.public": "Page publique du réseau",
    "manage.title":
      "Membres {networkForm, select, le {du {networkBare}} la {de la {networkBare}} l {de l’{networkBare}} les {des {networkBare}} vowel {d’{network}} other {de {network}}}",
    "manage.field.place": "Lieu",
    "manage.field.section": "Section",
    "manage.field.sinceYear": "Membre depuis (année)",
    "manage.field.status": "Statut",
    "manage.field.email": "Adresse électronique",
    "manage.field.search": "Nom du lieu",
    "manage.field.page": "Page",
    "manage.sinceYear.hint": "Une année comme 2004. Laissez vide si vous ne la connaissez pas.",
    "manage.section.none": "Aucune section",
    "manage.add.heading": "Ajouter un membre",
    "manage.search.hint": "Au moins 2 lettres du nom, dans n’importe quelle langue.",
    "manage.search.submit": "Rechercher",
    "manage.search.none": "Aucun lieu ne porte un nom contenant « {q} ».",
    "manage.add.choose": "Choisissez le lieu à ajouter",
    "manage.add.submit": "Ajouter le membre",
    "manage.match.member": "déjà membre",
    "manage.match.former": "ancien membre : l’ajouter de nouveau rétablit l’adhésion",
    "manage.list.heading": "Membres actuels et anciens",
    "manage.list.empty": "Ce réseau n’a pas encore de membres.",
    "manage.col.place": "Lieu",
    "manage.col.country": "Pays",
    "manage.col.section": "Section",
    "manage.col.since": "Depuis",
    "manage.col.status": "Statut",
    "manage.col.actions": "Actions",
    "manage.status.active": "Membre",
    "manage.status.ended": "Terminée",
    "manage.status.endedOn": "Terminée le {date}",
    "manage.edit.action": "Modifier",
    "manage.edit.title":
      "Adhésion {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}} {networkForm, select, le {au {networkBare}} la {à la {networkBare}} l {à l’{networkBare}} les {aux {networkBare}} other {à {network}}}",
    "manage.edit.submit": "Enregistrer les modifications",
    "manage.end.link": "Mettre fin à cette adhésion",
    "manage.end.title":
      "Mettre fin à l’adhésion {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}} ?",
    "manage.end.body":
      "{place} ne figurera plus parmi les membres {networkForm, select, le {du {networkBare}} la {de la {networkBare}} l {de l’{networkBare}} les {des {networkBare}} vowel {d’{network}} other {de {network}}}. Vous pourrez l’ajouter de nouveau plus tard.",
    "manage.end.submit": "Mettre fin à l’adhésion",
    "manage.end.cancel": "Conserver l’adhésion",
    "manage.notice.added": "Le membre a été ajouté.",
    "manage.notice.saved": "Vos modifications ont été enregistrées.",
    "manage.notice.ended": "L’adhésion a pris fin.",
    "manage.notice.invited": "L’invitation a été envoyée.",
    "manage.notice.editorAdded": "L’éditeur a été ajouté.",
    "manage.notice.editorRemoved": "L’éditeur a été retiré.",
    "manage.error.tooEarly": "{field} doit être 1800 ou une année postérieure",
    "manage.error.futureYear": "{field} ne peut pas être postérieure à l’année en cours",
    "manage.error.unknownSection": "Choisissez l’une des sections du réseau pour {field}",
    "manage.error.unknownPlace": "Choisissez un lieu parmi les résultats de la recherche pour {field}",
    "manage.error.alreadyMember": "{place} est déjà membre de ce réseau",
    "manage.error.notMember":
      "Seul un membre actuel peut avoir un point focal : rétablissez d’abord l’adhésion",
    "manage.error.noAccount":
      "{field} : aucun compte n’utilise cette adresse ; demandez d’abord à la personne de créer un compte",
    "manage.col.name": "Nom",
    "manage.col.email": "Adresse électronique",
    "invitation.title": "Invitation à devenir point focal",
    "invitation.body":
      "{networkForm, select, le {Le {networkBare}} la {La {networkBare}} l {L’{networkBare}} les {Les {networkBare}} other {{network}}} vous invite à devenir le point focal {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}} : la personne qui parle au nom de la ville sur CityExchange.",
    "invitation.signIn": "Se connecter pour accepter",
    "invitation.accept": "Accepter l’invitation",
    "invitation.accepted.title":
      "Vous êtes le point focal {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}}",
    "invitation.accepted.body":
      "Vous êtes désormais le point focal {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}} et membre {networkForm, select, le {du {networkBare}} la {de la {networkBare}} l {de l’{networkBare}} les {des {networkBare}} vowel {d’{network}} other {de {network}}}.",
    "invitation.goPlace":
      "Aller à la page {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}}",
    "invitation.invalid.title": "Ce lien d’invitation ne peut pas être utilisé",
    "invitation.expired":
      "Cette invitation a expiré. Demandez au secrétariat du réseau de vous en envoyer une nouvelle.",
    "invitation.used": "Cette invitation a déjà été acceptée.",
    "invitation.unknown":
      "Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien complet du courriel.",
    "invitation.ended":
      "{place} n’est plus membre {networkForm, select, le {du {networkBare}} la {de la {networkBare}} l {de l’{networkBare}} les {des {networkBare}} vowel {d’{network}} other {de {network}}} : cette invitation n’est plus valable.",
    "invitation.mail.subject":
      "Invitation : point focal {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}} pour {networkForm, select, le {le {networkBare}} la {la {networkBare}} l {l’{networkBare}} les {les {networkBare}} other {{network}}}",
    "invitation.mail.text":
      "Bonjour,\n\n{inviter} vous invite, au nom {networkForm, select, le {du {networkBare}} la {de la {networkBare}} l {de l’{networkBare}} les {des {networkBare}} vowel {d’{network}} other {de {network}}}, à devenir le point focal {placeForm, select, le {du {placeBare}} la {de la {placeBare}} l {de l’{placeBare}} les {des {placeBare}} vowel {d’{place}} other {de {place}}} sur CityExchange.\n\nPour accepter, ouvrez ce lien dans les 14 jours :\n{link}\n\nSi vous n’attendiez pas ce message, vous pouvez l’ignorer.",
  },
  es: {
    "manage.audit.added": "Añadió el lugar como miembro",
    "manage.audit.restored": "Restableció la membresía",
    "manage.audit.changed": "Modificó la membresía",
    "manage.audit.ended": "Dio por terminada la membresía",
    "manage.nav.label": "Gestión de la red",
    "manage.nav.members": "Miembros",
    "manage.nav.editors": "Editores",
    "manage.nav.public": "Página pública de la red",
    "manage.title":
      "Miembros {networkForm, select, el {del {networkBare}} la {de la {networkBare}} los {de los {networkBare}} las {de las {networkBare}} other {de {network}}}",
    "manage.field.place": "Lugar",
    "manage.field.section": "Sección",
    "manage.field.sinceYear": "Miembro desde (año)",
    "manage.field.status": "Estado",
    "manage.field.email": "Correo electrónico",
    "manage.field.search": "Nombre del lugar",
    "manage.field.page": "Página",
    "manage.sinceYear.hint": "Un año como 2004. Déjelo vacío si no lo sabe.",
    "manage.section.none": "Sin sección",
    "manage.add.heading": "Añadir un miembro",
    "manage.search.hint": "Al menos 2 letras del nombre, en cualquier idioma.",
    "manage.search.submit": "Buscar",
    "manage.search.none": "Ningún lugar tiene un nombre que contenga «{q}».",
    "manage.add.choose": "Elija el lugar que desea añadir",
    "manage.add.submit": "Añadir miembro",
    "manage.match.member": "ya es miembro",
    "manage.match.former": "antiguo miembro: añadirlo de nuevo restablece la membresía",
    "manage.list.heading": "Miembros actuales y antiguos",
    "manage.list.empty": "Esta red todavía no tiene miembros.",
    "manage.col.place": "Lugar",
    "manage.col.country": "País",
    "manage.col.section": "Sección",
    "manage.col.since": "Desde",
    "manage.col.status": "Estado",
    "manage.col.actions": "Acciones",
    "manage.status.active": "Miembro",
    "manage.status.ended": "Finalizada",
    "manage.status.endedOn": "Finalizada el {date}",
    "manage.edit.action": "Editar",
    "manage.edit.title":
      "Membresía {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}} {networkForm, select, el {en el {networkBare}} la {en la {networkBare}} los {en los {networkBare}} las {en las {networkBare}} other {en {network}}}",
    "manage.edit.submit": "Guardar los cambios",
    "manage.end.link": "Finalizar esta membresía",
    "manage.end.title":
      "¿Finalizar la membresía {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}}?",
    "manage.end.body":
      "{place} dejará de figurar entre los miembros {networkForm, select, el {del {networkBare}} la {de la {networkBare}} los {de los {networkBare}} las {de las {networkBare}} other {de {network}}}. Podrá añadirlo de nuevo más adelante.",
    "manage.end.submit": "Finalizar la membresía",
    "manage.end.cancel": "Mantener la membresía",
    "manage.notice.added": "Se añadió el miembro.",
    "manage.notice.saved": "Se guardaron los cambios.",
    "manage.notice.ended": "La membresía ha finalizado.",
    "manage.notice.invited": "Se envió la invitación.",
    "manage.notice.editorAdded": "Se añadió el editor.",
    "manage.notice.editorRemoved": "Se retiró el editor.",
    "manage.error.tooEarly": "{field} debe ser 1800 o un año posterior",
    "manage.error.futureYear": "{field} no puede ser posterior al año en curso",
    "manage.error.unknownSection": "Elija una de las secciones de la red para {field}",
    "manage.error.unknownPlace": "Elija un lugar de los resultados de la búsqueda para {field}",
    "manage.error.alreadyMember": "{place} ya es miembro de esta red",
    "manage.error.notMember":
      "Solo un miembro actual puede tener un punto focal: restablezca antes la membresía",
    "manage.error.noAccount":
      "{field}: ninguna cuenta usa esta dirección; pida a la persona que cree una cuenta primero",
    "manage.col.name": "Nombre",
    "manage.col.email": "Correo electrónico",
    "invitation.title": "Invitación para ser punto focal",
    "invitation.body":
      "{networkForm, select, el {El {networkBare}} la {La {networkBare}} los {Los {networkBare}} las {Las {networkBare}} other {{network}}} le invita a ser el punto focal {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}}: la persona que habla en nombre de la ciudad en CityExchange.",
    "invitation.signIn": "Iniciar sesión para aceptar",
    "invitation.accept": "Aceptar la invitación",
    "invitation.accepted.title":
      "Usted es el punto focal {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}}",
    "invitation.accepted.body":
      "Ahora es el punto focal {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}} y miembro {networkForm, select, el {del {networkBare}} la {de la {networkBare}} los {de los {networkBare}} las {de las {networkBare}} other {de {network}}}.",
    "invitation.goPlace":
      "Ir a la página {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}}",
    "invitation.invalid.title": "Este enlace de invitación no se puede usar",
    "invitation.expired":
      "Esta invitación ha caducado. Pida a la secretaría de la red que le envíe una nueva.",
    "invitation.used": "Esta invitación ya fue aceptada.",
    "invitation.unknown":
      "Este enlace de invitación no es válido. Compruebe que copió el enlace completo del correo.",
    "invitation.ended":
      "{place} ya no es miembro {networkForm, select, el {del {networkBare}} la {de la {networkBare}} los {de los {networkBare}} las {de las {networkBare}} other {de {network}}}, por lo que esta invitación ya no es válida.",
    "invitation.mail.subject":
      "Invitación: punto focal {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}} para {networkForm, select, el {el {networkBare}} la {la {networkBare}} los {los {networkBare}} las {las {networkBare}} other {{network}}}",
    "invitation.mail.text":
      "Hola:\n\n{inviter} le invita, en nombre {networkForm, select, el {del {networkBare}} la {de la {networkBare}} los {de los {networkBare}} las {de las {networkBare}} other {de {network}}}, a ser el punto focal {placeForm, select, el {del {placeBare}} la {de la {placeBare}} los {de los {placeBare}} las {de las {placeBare}} other {de {place}}} en CityExchange.\n\nPara aceptar, abra este enlace en los próximos 14 días:\n{link}\n\nSi no esperaba este mensaje, puede ignorarlo.",
  },
};

/** The directory's catalogue with the editors' texts added: one module, one catalogue. */
export function withManageMessages(catalogue: Catalogue): Catalogue {
  return {
    en: { ...catalogue.en, ...manageMessages.en, ...editorsMessages.en, ...newPlaceMessages.en },
    fr: { ...catalogue.fr, ...manageMessages.fr, ...editorsMessages.fr, ...newPlaceMessages.fr },
    es: { ...catalogue.es, ...manageMessages.es, ...editorsMessages.es, ...newPlaceMessages.es },
  };
}
