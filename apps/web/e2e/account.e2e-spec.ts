import type { Page } from 'playwright-core';
import { MailCatcher } from '../../api/test/support/mail-catcher';
import { apiClient, grantCommuneRole } from './support/api';
import { freePort, screenshotDir } from './support/app';
import { axeViolations, openPage, plainSpaces, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

/** The operator's token of the e2e app: it makes the user a contributor of Échirolles (grantRole). */
const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const EMAIL = 'camille@echirolles.example';
const OLD_PASSWORD = 'un premier mot de passe';
const NEW_PASSWORD = 'un nouveau mot de passe bien long';

/**
 * The account screens in real Chromium against the app started as the README starts it, its e-mails going over SMTP
 * to a real local server (the API tests' mail catcher): the password reset through the e-mailed link, following a
 * collectivity, and marking a milestone reached. The tests run in order and share the account.
 */
describe('account screens (Chromium, real e-mail)', () => {
  let mail: MailCatcher;
  const e2e = useSiteAndBrowser(async () => {
    mail = new MailCatcher();
    const smtpUrl = await mail.start();
    // The e-mailed link is built from PUBLIC_URL: give the app a port known in advance, so that the link opens it.
    const port = await freePort();
    return {
      ADMIN_API_TOKEN,
      SECURE_COOKIES: 'false',
      SMTP_URL: smtpUrl,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    };
  });
  const { shot, guideShot } = screenshots(screenshotDir());

  beforeAll(async () => {
    const signedUp = await apiClient(e2e.site.apiUrl)('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email: EMAIL, password: OLD_PASSWORD, displayName: 'Camille, contributrice' },
    });
    expect(signedUp.errors).toBeUndefined();
  });

  afterAll(async () => {
    await mail?.stop();
  });

  /** The reset link of the last e-mail to `to`, as the user would click it. */
  async function resetLinkFromMail(to: string, previous: number): Promise<string> {
    const started = Date.now();
    while (mail.messages.filter((m) => m.to.includes(to)).length <= previous) {
      if (Date.now() - started > 15_000) throw new Error(`no new e-mail to ${to}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const message = mail.messages.filter((m) => m.to.includes(to)).at(-1)!;
    expect(message.subject).toContain('Réinitialisation de votre mot de passe');
    const link = /https?:\/\/\S+\/reinitialiser-mot-de-passe\?token=[A-Za-z0-9_-]+/.exec(message.text)?.[0];
    expect(link).toBeDefined();
    return link!;
  }

  let resetLink = '';

  it('resets a forgotten password through the e-mailed link, then signs in with the new one', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/connexion`);
    await settle(page);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    expect(page.url()).toBe(`${e2e.site.url}/mot-de-passe-oublie`);
    const before = mail.messages.length;
    await page.getByLabel('Adresse électronique').fill(EMAIL);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Si un compte utilise l’adresse ${EMAIL}` })
      .waitFor();
    await shot(page, 'forgot-password-fr');
    expect(await axeViolations(page)).toEqual([]);

    resetLink = await resetLinkFromMail(EMAIL, before);
    expect(new URL(resetLink).origin).toBe(e2e.site.url);
    await page.goto(resetLink);
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await settle(page);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await page.getByText('Le mot de passe doit compter au moins 10 caractères.').waitFor();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(`${NEW_PASSWORD}!`);
    await page.getByText('Les deux mots de passe ne sont pas identiques.').waitFor();
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(NEW_PASSWORD);
    await shot(page, 'reset-password-fr');
    await guideShot(page.locator('.card'), 'nouveau-mot-de-passe');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText('Votre mot de passe a été changé.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Se connecter avec le nouveau mot de passe' }).click();
    const signIn = page.getByTestId('sign-in-form');
    await signIn.waitFor();
    await signIn.getByLabel('Adresse électronique').fill(EMAIL);
    await signIn.getByLabel('Mot de passe').fill(OLD_PASSWORD);
    await signIn.getByRole('button', { name: 'Se connecter' }).click();
    await signIn.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    await signIn.getByLabel('Mot de passe').fill(NEW_PASSWORD);
    await signIn.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('account-name').waitFor();
    expect(plainSpaces(await page.getByTestId('account-name').innerText())).toBe('Connecté·e : Camille, contributrice');

    // The link works once.
    await page.goto(resetLink);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('encore un autre mot de passe');
    await page.getByLabel('Confirmer le nouveau mot de passe').fill('encore un autre mot de passe');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ce lien de réinitialisation n’est plus valable' }).waitFor();
    expect(await page.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes axe on the password pages in English too, with <html lang="en">', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { locale: 'en' });
    await page.goto(`${e2e.site.url}/mot-de-passe-oublie`);
    await page.getByRole('heading', { level: 1, name: 'Forgotten password' }).waitFor();
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('E-mail address').fill('not-an-address');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText('Enter a valid e-mail address', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'forgot-password-en');

    await page.goto(resetLink);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await settle(page);
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Confirm the new password').fill('other');
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'reset-password-en');

    await page.goto(`${e2e.site.url}/reinitialiser-mot-de-passe`);
    await page.getByText('This reset link is incomplete.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  async function signIn(page: Page) {
    await page.goto(`${e2e.site.url}/connexion`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel(/Adresse électronique|E-mail address/).fill(EMAIL);
    await form.getByLabel(/^(Mot de passe|Password)$/).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: /Se connecter|Sign in/ }).click();
    await page.getByTestId('account-name').waitFor();
  }

  it('follows Échirolles with the weekly digest, and still follows it after a reload', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await signIn(page);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await settle(page);
    const follow = page.getByTestId('follow');
    await follow.waitFor();
    await follow.getByLabel('Recevoir chaque semaine un résumé des changements par courriel').check();
    await follow.getByRole('button', { name: 'Suivre cette collectivité' }).click();
    await follow.getByText('Vous suivez Échirolles.').waitFor();

    await page.reload();
    await settle(page);
    await follow.getByText('Vous suivez Échirolles.').waitFor();
    expect(await follow.getByTestId('follow-state').innerText()).toContain(
      'Vous recevez chaque semaine un résumé de ses changements par courriel.',
    );
    expect(await follow.getByRole('button', { name: 'Ne plus suivre' }).count()).toBe(1);
    await guideShot(follow, 'suivre');
    expect(await axeViolations(page)).toEqual([]);
    // The API agrees: the follow is recorded with the digest on.
    const following = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { following { digest collectivity { code } } } }' }),
      });
      return ((await response.json()) as { data: { me: { following: unknown[] } } }).data.me.following;
    });
    expect(following).toEqual([{ digest: true, collectivity: { code: '38151' } }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a contributor mark a milestone reached and link evidence to one more action; the history says so', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await signIn(page);
    await grantCommuneRole(e2e.site, page, 'CONTRIBUTOR', '38151', ADMIN_API_TOKEN);

    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await settle(page);
    const action = page.getByTestId('action-1.8');
    const milestone = action.locator('.milestones li', { hasText: 'Premiers postes volontaires sous GNU/Linux' });
    expect(await milestone.locator('.milestone-state').innerText()).toBe('Prévu');
    await milestone
      .getByRole('button', { name: 'Marquer comme atteint : Premiers postes volontaires sous GNU/Linux' })
      .click();
    await action.locator('.milestone-reached', { hasText: 'Premiers postes volontaires sous GNU/Linux' }).waitFor();
    expect(await milestone.locator('.milestone-state').innerText()).toBe('Atteint');

    const evidence = page.getByTestId('action-3.1').locator('.evidence li', { hasText: 'Dépôt public' });
    await evidence.getByText('Lier à une autre action').click();
    await evidence.getByLabel('Action à ajouter').selectOption('3.2');
    await guideShot(page.getByTestId('action-3.1').locator('.action-block').last(), 'lier-preuve');
    expect(await axeViolations(page)).toEqual([]);
    await evidence.getByRole('button', { name: 'Lier la preuve' }).click();
    await page
      .getByTestId('action-3.2')
      .getByRole('link', { name: 'Dépôt public des développements de la ville (démo)' })
      .waitFor();

    await settle(page);
    // The history is asked again after the link (the cache invalidates it): wait for its new entry, not the network.
    await page
      .getByRole('region', { name: 'Historique' })
      .getByText(/Preuve\s«\sDépôt public des développements de la ville \(démo\)\s»\sliée aussi à l’action/)
      .first()
      .waitFor();
    const history = (await page.getByRole('region', { name: 'Historique' }).innerText()).replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    expect(history).toMatch(/Jalon atteint pour l’action 1\.8 : « Premiers postes volontaires sous GNU\/Linux », le /);
    expect(history).toMatch(/Preuve « Dépôt public des développements de la ville \(démo\) » liée aussi à l’action /);
    await shot(page, 'milestone-reached-fr');
    await guideShot(page.getByTestId('action-1.8'), 'jalon-atteint');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the account page from the header: the contributor role, the follow, and signs out on every device', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const { context, page, errors } = await openPage(e2e.browser, { locale });
      await signIn(page);
      await page.getByTestId('account-name').click();
      await page.getByRole('heading', { level: 1, name: locale === 'fr' ? 'Mon compte' : 'My account' }).waitFor();
      await settle(page);
      // An English reader's links keep the language (a first visit follows the browser's Accept-Language).
      expect(page.url()).toBe(`${e2e.site.url}/mon-compte${locale === 'en' ? '?lang=en' : ''}`);
      const roles = await page.locator('table').innerText();
      expect(roles).toMatch(
        locale === 'fr' ? /contributeur·rice\s+Échirolles\s+actif/ : /contributor\s+Échirolles\s+active/,
      );
      expect(await page.getByTestId('account-follow').innerText()).toContain('Échirolles');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `account-${locale}`);
      if (locale === 'fr') {
        await page.getByRole('button', { name: 'Me déconnecter de tous les appareils' }).click();
        await page.getByRole('link', { name: 'Se connecter' }).waitFor();
        // Every session is closed: the API no longer knows this browser.
        const me = await page.evaluate(async () => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ me { id } }' }),
          });
          return ((await response.json()) as { data: { me: unknown } }).data.me;
        });
        expect(me).toBeNull();
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
