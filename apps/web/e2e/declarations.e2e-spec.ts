import type { Page } from 'playwright-core';
import { apiClient, operatorGql } from './support/api';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const PASSWORD = 'un mot de passe assez long';
const RESIDENT = 'habitante@meylan.example';
const MODERATOR = 'moderation@campagne.example';
/** Meylan (Isère): not committed in the demo; the moderator's territory is the Isère. */
const MEYLAN = '/collectivite/commune/38229';

/**
 * Declared commitments in real Chromium, no step with the operator's token but the moderator's role: a signed-in
 * resident declares that the council of Meylan adopted the pact, a campaign moderator (not an administrator) accepts
 * it in the desk's review queue after a confirmation, and the page then shows Meylan committed with its source; a
 * second declaration is refused with a reason, which the declarant reads on the page.
 */
describe('declared commitments (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));
  const { shot, guideShot } = screenshots(screenshotDir());

  beforeAll(async () => {
    const gql = apiClient(e2e.site.apiUrl);
    for (const [email, displayName] of [
      [RESIDENT, 'Habitante de Meylan'],
      [MODERATOR, 'Modératrice Isère'],
    ]) {
      const signedUp = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
        i: { email, password: PASSWORD, displayName },
      });
      expect(signedUp.errors).toBeUndefined();
      if (email === MODERATOR) {
        const id = (signedUp.data as { signUp: { id: string } }).signUp.id;
        await operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN)(
          'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
          {
            i: { userId: id, role: 'CAMPAIGN_MODERATOR', auditScope: 'DEPARTEMENT', auditScopeCode: '38' },
          },
        );
      }
    }
  });

  async function signIn(page: Page, email: string) {
    await page.goto(`${e2e.site.url}/connexion`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('Adresse électronique').fill(email);
    await form.getByLabel(/^Mot de passe$/).fill(PASSWORD);
    await form.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('account-name').waitFor();
  }

  async function declare(page: Page, number: string) {
    await page.goto(`${e2e.site.url}${MEYLAN}`);
    const form = page.getByTestId('declare-commitment');
    await form.getByRole('heading', { name: 'Déclarer l’engagement' }).waitFor();
    await form.getByLabel('Le conseil a adopté le pacte par délibération').check();
    await form.getByLabel('Numéro de la délibération').fill(number);
    await form.getByLabel('Date de la délibération').fill('2026-06-12');
    await form.getByLabel('Adresse du document').fill(`https://meylan.example/deliberations/${number}.pdf`);
    await form.getByRole('button', { name: 'Envoyer la déclaration' }).click();
    await form.getByRole('status').filter({ hasText: 'Déclaration envoyée' }).waitFor();
    await form.getByTestId('my-declarations').getByText('attend la décision de la modération').waitFor();
  }

  /** The moderator's desk, with the declaration of Meylan waiting; returns its entry. */
  async function deskEntry(page: Page) {
    await page.goto(`${e2e.site.url}/campagne`);
    const queue = page.getByTestId('desk-declarations');
    const entry = queue.getByTestId('declared-commitment').filter({ hasText: 'Meylan' });
    await entry.waitFor();
    return entry;
  }

  it('a refused declaration shows its reason to the declarant', async () => {
    const resident = await openPage(e2e.browser);
    await signIn(resident.page, RESIDENT);
    await declare(resident.page, '2026-40');
    // While it waits, the form is not offered again.
    expect(await resident.page.getByRole('button', { name: 'Envoyer la déclaration' }).count()).toBe(0);

    const moderator = await openPage(e2e.browser);
    await signIn(moderator.page, MODERATOR);
    const entry = await deskEntry(moderator.page);
    expect(await entry.innerText()).toContain('Délibération n° 2026-40 du 12 juin 2026');
    await entry.getByRole('button', { name: 'Refuser la déclaration pour Meylan' }).click();
    await entry.getByText('Refuser cette déclaration pour Meylan ?').waitFor();
    await entry.getByLabel('Raison du refus').fill('Le numéro ne figure pas au registre des actes de Meylan');
    await entry.getByRole('button', { name: 'Confirmer' }).click();
    await moderator.page.getByText('Décision enregistrée.').waitFor();
    // The queue is asked again after the decision: the entry leaves it once the new answer is in.
    await moderator.page
      .getByTestId('declared-commitment')
      .filter({ hasText: 'Meylan' })
      .waitFor({ state: 'detached' });

    await resident.page.reload();
    await resident.page
      .getByTestId('my-declarations')
      .getByText('a été refusée : Le numéro ne figure pas au registre des actes de Meylan')
      .waitFor();
    expect(resident.errors).toEqual([]);
    expect(moderator.errors).toEqual([]);
    await resident.context.close();
    await moderator.context.close();
  });

  it('a resident declares a council deliberation and a campaign moderator accepts it: Meylan is committed', async () => {
    const resident = await openPage(e2e.browser);
    await signIn(resident.page, RESIDENT);
    await declare(resident.page, '2026-41');
    await settle(resident.page);
    await shot(resident.page, 'declare-commitment-fr');
    await guideShot(resident.page.getByTestId('declare-commitment'), 'declarer-un-engagement');
    expect(await axeViolations(resident.page)).toEqual([]);

    const moderator = await openPage(e2e.browser);
    await signIn(moderator.page, MODERATOR);
    const entry = await deskEntry(moderator.page);
    expect(await entry.innerText()).toContain('Délibération n° 2026-41 du 12 juin 2026');
    // Who declared: the name and the address's domain, never the address.
    const declaredBy = (await entry.getByTestId('declared-by').innerText()).replace(/\s+/g, ' ');
    expect(declaredBy).toBe(`Déclarée par Habitante de Meylan. Adresse en @${RESIDENT.split('@')[1]}`);
    expect(await entry.innerText()).not.toContain(RESIDENT);
    expect(await entry.getByRole('link', { name: 'Document de la délibération' }).getAttribute('href')).toBe(
      'https://meylan.example/deliberations/2026-41.pdf',
    );
    await entry.getByRole('button', { name: 'Accepter la déclaration pour Meylan' }).click();
    await entry.getByText('Accepter cette déclaration ?').waitFor();
    await settle(moderator.page);
    await guideShot(entry, 'accepter-une-declaration');
    expect(await axeViolations(moderator.page)).toEqual([]);
    await entry.getByRole('button', { name: 'Confirmer' }).click();
    await moderator.page.getByText('Décision enregistrée.').waitFor();

    // Meylan's page now shows the commitment with its source, for anyone.
    const visitor = await openPage(e2e.browser);
    await visitor.page.goto(`${e2e.site.url}${MEYLAN}`);
    await visitor.page.getByText('Délibération du conseil n° 2026-41 du 12 juin 2026.', { exact: true }).waitFor();
    expect(await visitor.page.getByTestId('declare-commitment').count()).toBe(0);
    for (const opened of [resident, moderator, visitor]) {
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  });
});
