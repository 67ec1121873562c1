import { PAGE_TEXTS, KIND_LABELS } from './modules/share/page-texts';
import { frenchTypographyProblems } from '@pacte/pact';
import { emailChangeMail, passwordResetMail } from './modules/accounts/account-mails';

/**
 * Every French text the API writes itself, through the house rules of libs/pact (src/french/typography.ts), as the
 * dashboard's messages are (apps/web/test/french-text.test.ts): the account e-mails and the server-rendered pages'
 * heads here; the application file of the label, the feeds and the digest in their own specs
 * (modules/labels/application/application-file.spec.ts, modules/feeds/feed-event.spec.ts); the history sentences
 * and the open-data catalogue are libs/pact's, checked there.
 */
const problemsOf = (texts: [string, string][]) =>
  texts.flatMap(([where, text]) => frenchTypographyProblems(text).map((p) => ({ where, ...p })));

describe('the French the API writes', () => {
  it('holds in the account e-mails', () => {
    const reset = passwordResetMail('a@example.org', 'Alice', 'https://pacte.example.org/r?token=x', 60);
    const change = emailChangeMail('a@example.org', 'Alice', 'https://pacte.example.org/c?token=x', 24);
    expect(
      problemsOf([
        ['reset subject', reset.subject],
        ['reset', reset.text.split('To choose')[0]],
        ['change subject', change.subject],
        ['change', change.text.split('To make')[0]],
      ]),
    ).toEqual([]);
  });

  it('holds in the heads of the server-rendered pages', () => {
    const texts = [...Object.entries(PAGE_TEXTS), ...Object.entries(KIND_LABELS)].flatMap(
      ([where, text]): [string, string][] =>
        typeof text === 'object' && text !== null && 'fr' in text ? [[where, text.fr]] : [],
    );
    expect(texts.length).toBeGreaterThan(10);
    expect(problemsOf(texts)).toEqual([]);
  });
});
