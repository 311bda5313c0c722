import type { Catalogue } from "../../lib/i18n/index.js";

export const messages: Catalogue = {
  en: {
    "accounts.field.name": "Full name",
    "accounts.field.email": "Email address",
    "accounts.field.newEmail": "New email address",
    "accounts.field.password": "Password",
    "accounts.field.confirm": "Confirm the password",
    "accounts.field.currentPassword": "Current password",
    "accounts.field.newPassword": "New password",
    "accounts.field.jobTitle": "Job title",
    "accounts.field.locale": "Preferred language",
    "accounts.hint.newPassword": "At least 10 characters. A few unrelated words make a strong password.",
    "accounts.hint.locale":
      "The language of the site while you are signed in, and of the emails we send you.",
    "accounts.error.confirmMismatch": "The two passwords do not match",
    "accounts.error.signInFailed": "The email address or the password is not right",
    "accounts.error.wrongPassword": "Your current password is not right",
    "accounts.signUp.title": "Create an account",
    "accounts.signUp.submit": "Create my account",
    "accounts.signUp.haveAccount": "Already have an account?",
    "accounts.signUpSent.title": "Check your email",
    "accounts.signUpSent.body":
      "We have sent a message to the address you gave. Follow the link in it to confirm your address, then sign in.",
    "accounts.signIn.title": "Sign in",
    "accounts.signIn.submit": "Sign in",
    "accounts.signIn.forgot": "I forgot my password",
    "accounts.forgot.title": "Reset your password",
    "accounts.forgot.lead":
      "Enter the email address of your account. We will send you a link to choose a new password.",
    "accounts.forgot.submit": "Send me a link",
    "accounts.forgotSent.title": "Check your email",
    "accounts.forgotSent.body":
      "If an account exists for this address, we have sent it a link to reset the password. The link works for one hour.",
    "accounts.reset.title": "Choose a new password",
    "accounts.reset.submit": "Save the new password",
    "accounts.invalidLink.title": "This link does not work",
    "accounts.invalidLink.body":
      "The link has expired, has already been used, or was cancelled because the account's password or email address changed after it was sent. Ask for a new one if you still need it.",
    "accounts.emailTaken.title": "This email address is already in use",
    "accounts.emailTaken.body":
      "Another account started using this address after you asked for the change. Your address was not changed.",
    "accounts.account.title": "My account",
    "accounts.settings.nav": "Account settings",
    "accounts.profile.title": "Profile",
    "accounts.profile.submit": "Save the profile",
    "accounts.email.title": "Email address",
    "accounts.email.current": "Your email address is {email}.",
    "accounts.email.lead": "We will send a link to the new address. Your address changes when you follow it.",
    "accounts.email.submit": "Send the confirmation link",
    "accounts.password.title": "Password",
    "accounts.password.lead": "Changing your password signs you out on every other device.",
    "accounts.password.submit": "Change the password",
    "accounts.delete.title": "Delete my account",
    "accounts.delete.lead": "Your account and your profile will be deleted for good. This cannot be undone.",
    "accounts.delete.submit": "Delete my account",
    "accounts.deleted.title": "Your account has been deleted",
    "accounts.deleted.body": "Your account and your profile are gone. Thank you for taking part.",
    "accounts.unconfirmed.body":
      "Confirm your email address ({email}) to take part: follow the link we sent you.",
    "accounts.unconfirmed.resend": "Send the link again",
    "accounts.notice.tokenRevoked": "The token has been revoked.",
    "accounts.notice.confirmed": "Your email address is confirmed.",
    "accounts.notice.profileSaved": "Your profile has been saved.",
    "accounts.notice.emailSent": "We have sent a confirmation link to the new address.",
    "accounts.notice.emailChanged": "Your new email address is confirmed and now in use.",
    "accounts.notice.passwordChanged": "Your password has been changed. Other devices have been signed out.",
    "accounts.notice.passwordReset": "Your password has been changed. Sign in with the new one.",
    "accounts.notice.confirmationSent": "We have sent you a new confirmation link.",
    "accounts.mail.confirm.subject": "Confirm your email address for {site}",
    "accounts.mail.confirm.body":
      "Hello {name},\n\nTo confirm your email address and finish creating your account, open this link:\n\n{link}\n\nIf you did not create an account, you can ignore this message.",
    "accounts.mail.alreadyRegistered.subject": "You already have an account on {site}",
    "accounts.mail.alreadyRegistered.body":
      "Hello {name},\n\nSomeone tried to create an account with this email address, which already has one.\n\nIf it was you, sign in here:\n{signin}\n\nIf you forgot your password, choose a new one here:\n{reset}\n\nIf it was not you, you can ignore this message: nothing has changed.",
    "accounts.mail.reset.subject": "Reset your password on {site}",
    "accounts.mail.reset.body":
      "Hello {name},\n\nTo choose a new password, open this link within one hour:\n\n{link}\n\nIf you did not ask for this, you can ignore this message: your password has not changed.",
    "accounts.mail.changeEmail.subject": "Confirm your new email address for {site}",
    "accounts.mail.changeEmail.body":
      "Hello {name},\n\nTo use {email} as the address of your account, open this link within 24 hours:\n\n{link}\n\nIf you did not ask for this, you can ignore this message.",
    "accounts.mail.emailChanging.subject": "Your email address on {site} is about to change",
    "accounts.mail.emailChanging.body":
      "Hello {name},\n\nSomeone signed in to your account asked to change its email address. It will change only when the link sent to the new address is followed.\n\nIf it was not you, change your password now:\n{account}",
    "accounts.mail.passwordChanged.subject": "Your password on {site} has been changed",
    "accounts.mail.passwordChanged.body":
      "Hello {name},\n\nThe password of your account ({email}) has just been changed, and your other devices have been signed out.\n\nIf it was not you, choose a new password right away:\n{reset}",
    "accounts.mail.adminGranted.subject": "You are now an administrator of {site}",
    "accounts.mail.adminGranted.body":
      "Hello {name},\n\nYou can now run the whole platform: its people and their roles, its networks and the emails it sends. Start here:\n{admin}",
  },
  fr: {
    "accounts.field.name": "Nom complet",
    "accounts.field.email": "Adresse e-mail",
    "accounts.field.newEmail": "Nouvelle adresse e-mail",
    "accounts.field.password": "Mot de passe",
    "accounts.field.confirm": "Confirmation du mot de passe",
    "accounts.field.currentPassword": "Mot de passe actuel",
    "accounts.field.newPassword": "Nouveau mot de passe",
    "accounts.field.jobTitle": "Fonction",
    "accounts.field.locale": "Langue préférée",
    "accounts.hint.newPassword":
      "Au moins 10 caractères. Quelques mots sans rapport entre eux font un mot de passe solide.",
    "accounts.hint.locale":
      "La langue du site lorsque vous êtes connecté, et celle des e-mails que nous vous envoyons.",
    "accounts.error.confirmMismatch": "Les deux mots de passe ne sont pas identiques",
    "accounts.error.signInFailed": "L’adresse e-mail ou le mot de passe est incorrect",
    "accounts.error.wrongPassword": "Votre mot de passe actuel est incorrect",
    "accounts.signUp.title": "Créer un compte",
    "accounts.signUp.submit": "Créer mon compte",
    "accounts.signUp.haveAccount": "Vous avez déjà un compte ?",
    "accounts.signUpSent.title": "Consultez vos e-mails",
    "accounts.signUpSent.body":
      "Nous avons envoyé un message à l’adresse indiquée. Suivez le lien qu’il contient pour confirmer votre adresse, puis connectez-vous.",
    "accounts.signIn.title": "Se connecter",
    "accounts.signIn.submit": "Se connecter",
    "accounts.signIn.forgot": "J’ai oublié mon mot de passe",
    "accounts.forgot.title": "Réinitialiser votre mot de passe",
    "accounts.forgot.lead":
      "Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.",
    "accounts.forgot.submit": "M’envoyer un lien",
    "accounts.forgotSent.title": "Consultez vos e-mails",
    "accounts.forgotSent.body":
      "Si un compte existe pour cette adresse, nous lui avons envoyé un lien pour réinitialiser le mot de passe. Le lien est valable une heure.",
    "accounts.reset.title": "Choisir un nouveau mot de passe",
    "accounts.reset.submit": "Enregistrer le nouveau mot de passe",
    "accounts.invalidLink.title": "Ce lien ne fonctionne pas",
    "accounts.invalidLink.body":
      "Le lien a expiré, a déjà servi, ou a été annulé parce que le mot de passe ou l’adresse e-mail du compte a changé depuis son envoi. Demandez-en un nouveau si vous en avez encore besoin.",
    "accounts.emailTaken.title": "Cette adresse e-mail est déjà utilisée",
    "accounts.emailTaken.body":
      "Un autre compte s’est mis à utiliser cette adresse après votre demande. Votre adresse n’a pas été modifiée.",
    "accounts.account.title": "Mon compte",
    "accounts.settings.nav": "Paramètres du compte",
    "accounts.profile.title": "Profil",
    "accounts.profile.submit": "Enregistrer le profil",
    "accounts.email.title": "Adresse e-mail",
    "accounts.email.current": "Votre adresse e-mail est {email}.",
    "accounts.email.lead":
      "Nous enverrons un lien à la nouvelle adresse. Votre adresse changera quand vous le suivrez.",
    "accounts.email.submit": "Envoyer le lien de confirmation",
    "accounts.password.title": "Mot de passe",
    "accounts.password.lead": "Changer de mot de passe vous déconnecte de tous vos autres appareils.",
    "accounts.password.submit": "Changer le mot de passe",
    "accounts.delete.title": "Supprimer mon compte",
    "accounts.delete.lead":
      "Votre compte et votre profil seront supprimés définitivement. Cette action est irréversible.",
    "accounts.delete.submit": "Supprimer mon compte",
    "accounts.deleted.title": "Votre compte a été supprimé",
    "accounts.deleted.body": "Votre compte et votre profil n’existent plus. Merci de votre participation.",
    "accounts.unconfirmed.body":
      "Confirmez votre adresse e-mail ({email}) pour participer : suivez le lien que nous vous avons envoyé.",
    "accounts.unconfirmed.resend": "Renvoyer le lien",
    "accounts.notice.tokenRevoked": "Le jeton a été révoqué.",
    "accounts.notice.confirmed": "Votre adresse e-mail est confirmée.",
    "accounts.notice.profileSaved": "Votre profil a été enregistré.",
    "accounts.notice.emailSent": "Nous avons envoyé un lien de confirmation à la nouvelle adresse.",
    "accounts.notice.emailChanged": "Votre nouvelle adresse e-mail est confirmée et désormais utilisée.",
    "accounts.notice.passwordChanged":
      "Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.",
    "accounts.notice.passwordReset": "Votre mot de passe a été changé. Connectez-vous avec le nouveau.",
    "accounts.notice.confirmationSent": "Nous vous avons envoyé un nouveau lien de confirmation.",
    "accounts.mail.confirm.subject": "Confirmez votre adresse e-mail sur {site}",
    "accounts.mail.confirm.body":
      "Bonjour {name},\n\nPour confirmer votre adresse e-mail et terminer la création de votre compte, ouvrez ce lien :\n\n{link}\n\nSi vous n’avez pas créé de compte, vous pouvez ignorer ce message.",
    "accounts.mail.alreadyRegistered.subject": "Vous avez déjà un compte sur {site}",
    "accounts.mail.alreadyRegistered.body":
      "Bonjour {name},\n\nQuelqu’un a essayé de créer un compte avec cette adresse e-mail, qui en a déjà un.\n\nSi c’était vous, connectez-vous ici :\n{signin}\n\nSi vous avez oublié votre mot de passe, choisissez-en un nouveau ici :\n{reset}\n\nSi ce n’était pas vous, vous pouvez ignorer ce message : rien n’a changé.",
    "accounts.mail.reset.subject": "Réinitialisez votre mot de passe sur {site}",
    "accounts.mail.reset.body":
      "Bonjour {name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n\n{link}\n\nSi vous n’avez rien demandé, vous pouvez ignorer ce message : votre mot de passe n’a pas changé.",
    "accounts.mail.changeEmail.subject": "Confirmez votre nouvelle adresse e-mail sur {site}",
    "accounts.mail.changeEmail.body":
      "Bonjour {name},\n\nPour utiliser {email} comme adresse de votre compte, ouvrez ce lien dans les 24 heures :\n\n{link}\n\nSi vous n’avez rien demandé, vous pouvez ignorer ce message.",
    "accounts.mail.emailChanging.subject": "Votre adresse e-mail sur {site} va changer",
    "accounts.mail.emailChanging.body":
      "Bonjour {name},\n\nUne personne connectée à votre compte a demandé à changer son adresse e-mail. Le changement n’aura lieu que si le lien envoyé à la nouvelle adresse est suivi.\n\nSi ce n’était pas vous, changez votre mot de passe dès maintenant :\n{account}",
    "accounts.mail.passwordChanged.subject": "Votre mot de passe sur {site} a été changé",
    "accounts.mail.passwordChanged.body":
      "Bonjour {name},\n\nLe mot de passe de votre compte ({email}) vient d’être changé, et vos autres appareils ont été déconnectés.\n\nSi ce n’était pas vous, choisissez immédiatement un nouveau mot de passe :\n{reset}",
    "accounts.mail.adminGranted.subject": "Vous administrez désormais {site}",
    "accounts.mail.adminGranted.body":
      "Bonjour {name},\n\nVous pouvez désormais gérer toute la plateforme : les personnes et leurs rôles, les réseaux et les e-mails envoyés. Pour commencer :\n{admin}",
  },
  es: {
    "accounts.field.name": "Nombre completo",
    "accounts.field.email": "Correo electrónico",
    "accounts.field.newEmail": "Nuevo correo electrónico",
    "accounts.field.password": "Contraseña",
    "accounts.field.confirm": "Confirmación de la contraseña",
    "accounts.field.currentPassword": "Contraseña actual",
    "accounts.field.newPassword": "Nueva contraseña",
    "accounts.field.jobTitle": "Cargo",
    "accounts.field.locale": "Idioma preferido",
    "accounts.hint.newPassword":
      "Al menos 10 caracteres. Unas cuantas palabras sin relación forman una contraseña segura.",
    "accounts.hint.locale":
      "El idioma del sitio mientras tiene la sesión iniciada, y el de los correos que le enviamos.",
    "accounts.error.confirmMismatch": "Las dos contraseñas no coinciden",
    "accounts.error.signInFailed": "El correo electrónico o la contraseña no son correctos",
    "accounts.error.wrongPassword": "Su contraseña actual no es correcta",
    "accounts.signUp.title": "Crear una cuenta",
    "accounts.signUp.submit": "Crear mi cuenta",
    "accounts.signUp.haveAccount": "¿Ya tiene una cuenta?",
    "accounts.signUpSent.title": "Revise su correo",
    "accounts.signUpSent.body":
      "Hemos enviado un mensaje a la dirección indicada. Siga el enlace que contiene para confirmar su dirección y luego inicie sesión.",
    "accounts.signIn.title": "Iniciar sesión",
    "accounts.signIn.submit": "Iniciar sesión",
    "accounts.signIn.forgot": "He olvidado mi contraseña",
    "accounts.forgot.title": "Restablecer la contraseña",
    "accounts.forgot.lead":
      "Escriba el correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.",
    "accounts.forgot.submit": "Enviarme un enlace",
    "accounts.forgotSent.title": "Revise su correo",
    "accounts.forgotSent.body":
      "Si existe una cuenta con esta dirección, le hemos enviado un enlace para restablecer la contraseña. El enlace es válido durante una hora.",
    "accounts.reset.title": "Elegir una nueva contraseña",
    "accounts.reset.submit": "Guardar la nueva contraseña",
    "accounts.invalidLink.title": "Este enlace no funciona",
    "accounts.invalidLink.body":
      "El enlace ha caducado, ya se ha utilizado o se anuló porque la contraseña o el correo electrónico de la cuenta cambió después de su envío. Pida uno nuevo si aún lo necesita.",
    "accounts.emailTaken.title": "Este correo electrónico ya está en uso",
    "accounts.emailTaken.body":
      "Otra cuenta empezó a usar esta dirección después de su solicitud. Su dirección no se ha cambiado.",
    "accounts.account.title": "Mi cuenta",
    "accounts.settings.nav": "Configuración de la cuenta",
    "accounts.profile.title": "Perfil",
    "accounts.profile.submit": "Guardar el perfil",
    "accounts.email.title": "Correo electrónico",
    "accounts.email.current": "Su correo electrónico es {email}.",
    "accounts.email.lead": "Enviaremos un enlace a la nueva dirección. Su dirección cambiará cuando lo siga.",
    "accounts.email.submit": "Enviar el enlace de confirmación",
    "accounts.password.title": "Contraseña",
    "accounts.password.lead":
      "Al cambiar la contraseña se cerrará la sesión en todos sus demás dispositivos.",
    "accounts.password.submit": "Cambiar la contraseña",
    "accounts.delete.title": "Eliminar mi cuenta",
    "accounts.delete.lead": "Su cuenta y su perfil se eliminarán definitivamente. No se puede deshacer.",
    "accounts.delete.submit": "Eliminar mi cuenta",
    "accounts.deleted.title": "Su cuenta ha sido eliminada",
    "accounts.deleted.body": "Su cuenta y su perfil ya no existen. Gracias por su participación.",
    "accounts.unconfirmed.body":
      "Confirme su correo electrónico ({email}) para participar: siga el enlace que le hemos enviado.",
    "accounts.unconfirmed.resend": "Enviar de nuevo el enlace",
    "accounts.notice.tokenRevoked": "El token ha sido revocado.",
    "accounts.notice.confirmed": "Su correo electrónico está confirmado.",
    "accounts.notice.profileSaved": "Su perfil se ha guardado.",
    "accounts.notice.emailSent": "Hemos enviado un enlace de confirmación a la nueva dirección.",
    "accounts.notice.emailChanged": "Su nuevo correo electrónico está confirmado y ya se utiliza.",
    "accounts.notice.passwordChanged":
      "Su contraseña se ha cambiado. Se ha cerrado la sesión en sus demás dispositivos.",
    "accounts.notice.passwordReset": "Su contraseña se ha cambiado. Inicie sesión con la nueva.",
    "accounts.notice.confirmationSent": "Le hemos enviado un nuevo enlace de confirmación.",
    "accounts.mail.confirm.subject": "Confirme su correo electrónico en {site}",
    "accounts.mail.confirm.body":
      "Hola, {name}:\n\nPara confirmar su correo electrónico y terminar de crear su cuenta, abra este enlace:\n\n{link}\n\nSi no ha creado ninguna cuenta, puede ignorar este mensaje.",
    "accounts.mail.alreadyRegistered.subject": "Ya tiene una cuenta en {site}",
    "accounts.mail.alreadyRegistered.body":
      "Hola, {name}:\n\nAlguien ha intentado crear una cuenta con este correo electrónico, que ya tiene una.\n\nSi fue usted, inicie sesión aquí:\n{signin}\n\nSi olvidó su contraseña, elija una nueva aquí:\n{reset}\n\nSi no fue usted, puede ignorar este mensaje: no ha cambiado nada.",
    "accounts.mail.reset.subject": "Restablezca su contraseña en {site}",
    "accounts.mail.reset.body":
      "Hola, {name}:\n\nPara elegir una nueva contraseña, abra este enlace en el plazo de una hora:\n\n{link}\n\nSi no lo ha pedido, puede ignorar este mensaje: su contraseña no ha cambiado.",
    "accounts.mail.changeEmail.subject": "Confirme su nuevo correo electrónico en {site}",
    "accounts.mail.changeEmail.body":
      "Hola, {name}:\n\nPara usar {email} como dirección de su cuenta, abra este enlace en las próximas 24 horas:\n\n{link}\n\nSi no lo ha pedido, puede ignorar este mensaje.",
    "accounts.mail.emailChanging.subject": "Su correo electrónico en {site} va a cambiar",
    "accounts.mail.emailChanging.body":
      "Hola, {name}:\n\nUna persona con sesión iniciada en su cuenta ha pedido cambiar su correo electrónico. Solo cambiará si se sigue el enlace enviado a la nueva dirección.\n\nSi no fue usted, cambie su contraseña ahora:\n{account}",
    "accounts.mail.passwordChanged.subject": "Su contraseña en {site} ha cambiado",
    "accounts.mail.passwordChanged.body":
      "Hola, {name}:\n\nLa contraseña de su cuenta ({email}) se acaba de cambiar y se ha cerrado la sesión en sus demás dispositivos.\n\nSi no fue usted, elija una nueva contraseña de inmediato:\n{reset}",
    "accounts.mail.adminGranted.subject": "Ahora administra {site}",
    "accounts.mail.adminGranted.body":
      "Hola, {name}:\n\nAhora puede gestionar toda la plataforma: las personas y sus funciones, las redes y los correos que se envían. Para empezar:\n{admin}",
  },
};
