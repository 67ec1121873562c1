import { dateInWords, frenchTypography, todayInFrance } from '@pacte/pact';
import type { Mail } from '../accounts/mail.service';
import { FeedEvent, describeEvent } from './feed-event';

/** One followed collectivity in a digest, with its changes of the week, oldest first. */
export interface DigestSection {
  collectivityName: string;
  feedUrl: string;
  events: FeedEvent[];
}

/** The calendar day of an instant in France (the rulebook's `todayInFrance`), as every date the product shows. */
const day = (d: Date) => todayInFrance(d);

/** The day of an instant in France, in words: « 24 juin 2026 ». */
function frenchDay(d: Date): string {
  return dateInWords(day(d));
}

/**
 * The weekly digest e-mail of one follower: French first, then English. Only sections with changes are given;
 * returns null when there is nothing to say, so that nobody receives an empty digest.
 */
export function digestMail(to: string, sections: DigestSection[], since: Date, until: Date): Mail | null {
  const shown = sections.filter((s) => s.events.length > 0);
  if (shown.length === 0) return null;
  const total = shown.reduce((n, s) => n + s.events.length, 0);
  const fr: string[] = [
    'Bonjour,',
    '',
    `Voici les changements du ${frenchDay(since)} au ${frenchDay(until)} dans les collectivités que vous suivez.`,
  ];
  const en: string[] = [
    'Hello,',
    '',
    `Here are the changes from ${dateInWords(day(since), 'en')} to ${dateInWords(day(until), 'en')} in the collectivities you follow.`,
  ];
  for (const section of shown) {
    const words = section.events.map((e) => ({ at: e.occurredAt, text: describeEvent(e) }));
    fr.push('', `${section.collectivityName} (${section.events.length})`);
    for (const w of words) fr.push(`- ${frenchDay(w.at)} — ${w.text.headline.fr}`);
    fr.push(`Flux Atom : ${section.feedUrl}`);
    en.push('', `${section.collectivityName} (${section.events.length})`);
    for (const w of words) en.push(`- ${dateInWords(day(w.at), 'en')} — ${w.text.headline.en}`);
    en.push(`Atom feed: ${section.feedUrl}`);
  }
  fr.push(
    '',
    'Vous recevez ce résumé hebdomadaire parce que vous l’avez demandé en suivant ces collectivités. ' +
      'Pour ne plus le recevoir, désactivez-le depuis votre compte.',
  );
  en.push(
    '',
    'You receive this weekly digest because you asked for it when following these collectivities. ' +
      'To stop it, turn it off from your account.',
  );
  return {
    to,
    subject: `Pacte du Logiciel Libre\u00a0: ${total} changement${total > 1 ? 's' : ''} cette semaine (weekly digest)`,
    text: [...fr.map(frenchTypography), '', '— English —', '', ...en, ''].join('\n'),
  };
}
