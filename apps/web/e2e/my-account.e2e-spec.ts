import type { Page } from 'playwright-core';
import { MailCatcher } from '../../api/test/support/mail-catcher';
import { apiClient } from './support/api';
import { freePort } from './support/app';
import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

const EMAIL = 'alex@grenoble.example';
const NEW_EMAIL = 'alex.martin@grenoble.example';
const PASSWORD = 'un premier mot de passe';
const NEW_PASSWORD = 'un second mot de passe bien long';

/**
 * "Mon compte" in real Chromium, its e-mails over SMTP to a real local server: the name, the e-mail address changed
 * through the link sent to the new one, the password (the current one first), my data as a file, and deleting the
 * account. The tests run in order and share the account.
 */
describe('Mon compte: self-service (Chromium, real e-mail)', () => {
  let mail: MailCatcher;
  const e2e = useSiteAndBrowser(async () => {
    mail = new MailCatcher();
    const smtpUrl = await mail.start();
    const port = await freePort();
    return { SECURE_COOKIES: 'false', SMTP_URL: smtpUrl, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` };
  });

  beforeAll(async () => {
    const signedUp = await apiClient(e2e.site.apiUrl)('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email: EMAIL, password: PASSWORD, displayName: 'Alex' },
    });
    expect(signedUp.errors).toBeUndefined();
  });
  afterAll(async () => {
    await mail?.stop();
  });

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${e2e.site.url}/connexion`);
    const form = page.getByTestId('sign-in-form');
    await form.waitFor();
    await form.getByLabel('Adresse électronique').fill(email);
    await form.getByLabel('Mot de passe').fill(password);
    await form.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('account-name').waitFor();
    await page.goto(`${e2e.site.url}/mon-compte`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await settle(page);
  }

  it('changes the name, the e-mail address once confirmed, the password; downloads my data', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await signIn(page, EMAIL, PASSWORD);
    expect(await axeViolations(page)).toEqual([]);

    const name = page.getByRole('form', { name: 'Nom affiché' });
    await name.getByLabel('Nom affiché').fill('Alex Martin, DSI');
    await name.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await name.getByText('Enregistré.').waitFor();
    await page.getByText('Connecté·e : Alex Martin, DSI').waitFor();

    // The e-mail address: a wrong password is refused in words; then the link goes to the new address only.
    const email = page.getByRole('form', { name: 'Adresse électronique' });
    await email.getByLabel('Nouvelle adresse').fill(NEW_EMAIL);
    await email.getByLabel('Mot de passe actuel').fill('pas le bon');
    await email.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
    await email.getByText('Le mot de passe actuel n’est pas le bon.').waitFor();
    await email.getByLabel('Mot de passe actuel').fill(PASSWORD);
    await email.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
    await email.getByText(`Lien envoyé à ${NEW_EMAIL}`).waitFor();
    const message = await mail.waitFor(NEW_EMAIL);
    expect(mail.messages.some((m) => m.to.includes(EMAIL))).toBe(false);
    const link = /https?:\/\/\S+\/confirmer-adresse\?token=[A-Za-z0-9_-]+/.exec(message.text)![0];
    expect(new URL(link).origin).toBe(e2e.site.url);
    // Nothing changed yet.
    await page.reload();
    await page.getByText(`Adresse actuelle : ${EMAIL}.`).waitFor();

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Confirmer la nouvelle adresse' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Confirmer ma nouvelle adresse' }).click();
    await page.getByTestId('email-confirmed').waitFor();
    await page.getByRole('link', { name: 'Mon compte' }).last().click();
    await page.getByText(`Adresse actuelle : ${NEW_EMAIL}.`).waitFor();

    // The password: the current one first, the new one twice.
    const password = page.getByRole('form', { name: 'Mot de passe' });
    await password.getByLabel('Mot de passe actuel').fill(PASSWORD);
    await password.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await password.getByText('Le mot de passe doit compter au moins 10 caractères.').waitFor();
    await password.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await password.getByLabel('Nouveau mot de passe, encore une fois').fill(NEW_PASSWORD);
    await password.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await password.getByText('Mot de passe changé ; vos autres sessions sont fermées.').waitFor();

    // My data, as a JSON file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mes-donnees-pacte-logiciel-libre.json');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(data).toMatchObject({
      kind: 'user',
      account: { email: NEW_EMAIL, displayName: 'Alex Martin, DSI', hasPassword: true },
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('deletes the account after the address typed again and the password; at 390 px, in English too', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { viewport: { width: 390, height: 800 } });
    await signIn(page, NEW_EMAIL, NEW_PASSWORD);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await page.goto(`${e2e.site.url}/mon-compte?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${e2e.site.url}/mon-compte?lang=fr`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    const remove = page.getByRole('form', { name: 'Supprimer mon compte' });
    await remove.getByLabel(/Pour confirmer, tapez votre adresse/).fill('autre@grenoble.example');
    await remove.getByLabel('Mot de passe actuel').fill(NEW_PASSWORD);
    await remove.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await remove.getByText('L’adresse tapée n’est pas celle du compte.').waitFor();
    await remove.getByLabel(/Pour confirmer, tapez votre adresse/).fill(NEW_EMAIL);
    await remove.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await page.waitForURL(`${e2e.site.url}/`);
    await page.getByRole('link', { name: 'Se connecter' }).first().waitFor();
    // The account is gone: signing in fails.
    await page.goto(`${e2e.site.url}/connexion`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('Adresse électronique').fill(NEW_EMAIL);
    await form.getByLabel('Mot de passe').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Se connecter' }).click();
    await form.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
