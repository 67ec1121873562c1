import type { Page } from 'playwright-core';
import { apiClient, makeItManagerOf, operatorGql } from './support/api';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const EMAIL = 'alix@echirolles.example';
const PASSWORD = 'un mot de passe assez long';

const PROGRESS = `query($code: String!) {
  collectivity(code: $code, kind: COMMUNE) { commitment { id actions { actionCode status version } } }
}`;

/**
 * Optimistic locking in the dashboard: an IT manager edits an action from a page that someone else's change made
 * stale; the API refuses the edit (CONFLICT), the page shows what is recorded now, and the person re-applies their
 * change over it.
 */
describe('a stale edit (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));
  const { shot } = screenshots(screenshotDir());

  beforeAll(async () => {
    const signedUp = await apiClient(e2e.site.apiUrl)('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email: EMAIL, password: PASSWORD, displayName: 'Alix, DSI' },
    });
    expect(signedUp.errors).toBeUndefined();
  });

  async function signIn(page: Page) {
    await page.goto(`${e2e.site.url}/connexion`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('Adresse électronique').fill(EMAIL);
    await form.getByLabel(/^Mot de passe$/).fill(PASSWORD);
    await form.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('account-name').waitFor();
  }

  async function action(code: string) {
    const operator = operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN);
    const { collectivity } = await operator<{
      collectivity: { commitment: { id: string; actions: { actionCode: string; status: string; version: number }[] } };
    }>(PROGRESS, { code: '38151' });
    const found = collectivity.commitment.actions.find((a) => a.actionCode === code)!;
    return { commitmentId: collectivity.commitment.id, ...found };
  }

  it('shows the current value of an action changed meanwhile, and re-applies the person’s change over it', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await signIn(page);
    await makeItManagerOf(e2e.site, page, '38151', ADMIN_API_TOKEN);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await settle(page);
    const read = await action('2.4');

    const editor = page.getByTestId('edit-2.4');
    await editor.locator('summary').click();
    const form = editor.getByRole('form', { name: 'Statut et avancement' });
    await form.getByLabel('Statut').selectOption('IN_PROGRESS');

    // Meanwhile, someone else (the operator here) plans the same action.
    const operator = operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN);
    await operator('mutation($i: UpdateActionProgressInput!) { updateActionProgress(input: $i) { version } }', {
      i: { commitmentId: read.commitmentId, actionCode: '2.4', status: 'PLANNED', expectedVersion: read.version },
    });
    const changed = await action('2.4');
    expect(changed).toMatchObject({ status: 'PLANNED', version: read.version + 1 });

    await form.getByRole('button', { name: 'Enregistrer le statut' }).click();
    const notice = form.getByRole('alert').filter({ hasText: 'Quelqu’un a modifié cet élément' });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Ce qui est enregistré maintenant\s:[\s\S]*Statut\s*Planifiée/);
    // Nothing was written by the stale edit.
    expect(await action('2.4')).toMatchObject({ status: 'PLANNED', version: changed.version });
    await shot(page, 'conflict-notice-fr');
    expect(await axeViolations(page)).toEqual([]);

    await notice.getByRole('button', { name: 'Réappliquer ma modification' }).click();
    await form.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await action('2.4')).toMatchObject({ status: 'IN_PROGRESS', version: changed.version + 1 });
    await settle(page);
    expect(await page.getByTestId('action-2.4').innerText()).toContain('En cours');
    expect(errors).toEqual([]);
    await context.close();
  });
});
