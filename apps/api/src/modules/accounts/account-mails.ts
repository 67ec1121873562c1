import type { Mail } from './mail.service';

/**
 * The e-mails an account receives, French first then English, as plain text: their words are checked like every
 * French text the API writes (apps/api/src/french-text.spec.ts).
 */
export function passwordResetMail(to: string, displayName: string, link: string, validMinutes: number): Mail {
  return {
    to,
    subject: 'Réinitialisation de votre mot de passe — Pacte du Logiciel Libre',
    text:
      `Bonjour ${displayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable ${validMinutes} minutes, ` +
      `une seule fois)\u00a0:\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message.\n\n` +
      `To choose a new password, open the link above (valid ${validMinutes} minutes, once).`,
  };
}

export function emailChangeMail(to: string, displayName: string, link: string, validHours: number): Mail {
  return {
    to,
    subject: 'Confirmez votre nouvelle adresse — Pacte du Logiciel Libre',
    text:
      `Bonjour ${displayName},\n\nPour que cette adresse devienne celle de votre compte, ouvrez ce lien ` +
      `(valable ${validHours} heures, une seule fois)\u00a0:\n${link}\n\n` +
      `Si vous n’avez rien demandé, ignorez ce message\u00a0: rien ne change.\n\n` +
      `To make this address your account's, open the link above (valid ${validHours} hours, once).`,
  };
}
