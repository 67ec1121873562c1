import type { Page } from 'playwright-core';
import { makeItManagerOf } from './support/api';
import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building and a first start with the referential import take minutes.
jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const PASSWORD = 'un mot de passe assez long';

/** No sideways scrolling: the page is as wide as the window. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * Evidence and milestones in real Chromium: "Actions concernées" as checkboxes grouped by section, then "Modifier"
 * and "Retirer" (with a reason and a confirmation) on an evidence item and a milestone; the withdrawn record leaves
 * the page and the history says why.
 */
describe('evidence and milestones: choose actions, edit, withdraw (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));

  async function signUpAsItManager(page: Page, email: string) {
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await settle(page);
    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    const signUp = page.getByTestId('sign-up-form');
    await signUp.waitFor();
    await signUp.getByLabel('Nom affiché').fill('Camille, DSI');
    await signUp.getByLabel('Adresse électronique').fill(email);
    await signUp.getByLabel('Mot de passe').fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await makeItManagerOf(e2e.site, page, '38151', ADMIN_API_TOKEN);
    await page.reload();
    await settle(page);
  }

  it('adds evidence for two actions with the keyboard, edits it, withdraws it with a reason; same for a milestone', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await signUpAsItManager(page, 'camille@echirolles.example');

    const editor = page.getByTestId('edit-1.5');
    await editor.locator('summary').first().click();
    const add = editor.getByRole('form', { name: 'Ajouter une preuve' });
    // The actions are labelled checkboxes in one group per section of the pact, this action ticked.
    const choice = add.getByRole('group', { name: 'Actions concernées' });
    await choice.waitFor();
    for (const section of [/^1\. /, /^2\. /, /^3\. /]) {
      expect(await choice.getByRole('group', { name: section }).count()).toBe(1);
    }
    expect(await choice.getByRole('checkbox').count()).toBe(31);
    expect(await choice.getByRole('checkbox', { name: /^1\.5 / }).isChecked()).toBe(true);
    expect(await add.locator('select[multiple]').count()).toBe(0);
    await add.getByLabel('Titre').fill('Rapport de migration des postes');
    // Keyboard: focus 1.5, Tab to 1.6, Space ticks it.
    await choice.getByRole('checkbox', { name: /^1\.5 / }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1.6');
    await page.keyboard.press('Space');
    expect(await choice.getByRole('checkbox', { name: /^1\.6 / }).isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await add.getByRole('button', { name: 'Ajouter la preuve' }).click();
    await add.getByText('Enregistré.').waitFor();

    const of15 = page.getByTestId('action-1.5').locator('ul.evidence');
    const of16 = page.getByTestId('action-1.6').locator('ul.evidence');
    await of15.locator('li', { hasText: 'Rapport de migration des postes' }).waitFor();
    await of16.locator('li', { hasText: 'Rapport de migration des postes' }).waitFor();

    // "Modifier": a new title, and it no longer supports 1.5.
    const item = of16.locator('li', { hasText: 'Rapport de migration des postes' });
    await item.locator('.record-edit summary').click();
    const edit = item.getByRole('form', { name: 'Modifier la preuve' });
    await edit.getByLabel('Titre').fill('Rapport de migration des postes (version finale)');
    await edit.getByRole('checkbox', { name: /^1\.5 / }).uncheck();
    expect(await axeViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Enregistrer la preuve' }).click();
    await of16.locator('li', { hasText: 'Rapport de migration des postes (version finale)' }).waitFor();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="action-1.5"]')?.textContent?.includes('Rapport de migration'),
    );

    // "Retirer": asks for a reason and a confirmation; without a reason nothing is sent.
    const edited = of16.locator('li', { hasText: 'version finale' });
    await edited
      .getByRole('button', { name: 'Retirer la preuve « Rapport de migration des postes (version finale) »' })
      .click();
    const confirm = edited.getByRole('group', { name: /^Retirer la preuve «\sRapport/ });
    await confirm.getByRole('button', { name: 'Retirer la preuve', exact: true }).click();
    await confirm.getByText('Ce champ est obligatoire.').waitFor();
    expect(await of16.locator('li', { hasText: 'version finale' }).count()).toBe(1);
    await confirm.getByLabel('Motif du retrait').fill('Document remplacé par la délibération');
    expect(await axeViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Retirer la preuve', exact: true }).click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="action-1.6"]')?.textContent?.includes('version finale'),
    );

    // A milestone: added, then withdrawn with a reason.
    const milestone = editor.getByRole('form', { name: 'Ajouter un jalon' });
    await milestone.getByLabel('Intitulé du jalon').fill('Formation des agents');
    await milestone.getByLabel('Date').fill('2027-03-01');
    await milestone.getByRole('button', { name: 'Ajouter le jalon' }).click();
    const milestones = page.getByTestId('action-1.5').locator('ul.milestones');
    await milestones.locator('li', { hasText: 'Formation des agents' }).waitFor();
    const planned = milestones.locator('li', { hasText: 'Formation des agents' });
    await planned.getByRole('button', { name: 'Retirer le jalon « Formation des agents »' }).click();
    const confirmMilestone = planned.getByRole('group', { name: /^Retirer le jalon/ });
    await confirmMilestone.getByLabel('Motif du retrait').fill('Formation reportée sine die');
    await confirmMilestone.getByRole('button', { name: 'Retirer le jalon', exact: true }).click();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="action-1.5"]')?.textContent?.includes('Formation des agents'),
    );

    // The history keeps both, with their reasons, as sentences.
    await page.reload();
    await settle(page);
    const history = plain(await page.getByRole('region', { name: 'Historique' }).innerText());
    expect(history).toContain(
      'Preuve retirée : « Rapport de migration des postes (version finale) » (motif : Document remplacé par la délibération).',
    );
    expect(history).toContain(
      'Jalon retiré de l’action 1.5 : « Formation des agents » (motif : Formation reportée sine die).',
    );
    expect(history).toContain('Preuve modifiée : « Rapport de migration des postes (version finale) ».');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the forms within a 390 px phone, in English too, axe clean', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { viewport: { width: 390, height: 800 } });
    await signUpAsItManager(page, 'dominique@echirolles.example');
    const editor = page.getByTestId('edit-1.2');
    await editor.locator('summary').first().click();
    await editor.getByRole('form', { name: 'Ajouter une preuve' }).getByLabel('Titre').fill('Délibération');
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151?lang=en`);
    await settle(page);
    const editorEn = page.getByTestId('edit-1.2');
    await editorEn.locator('summary').first().click();
    const choice = editorEn
      .getByRole('form', { name: 'Add evidence' })
      .getByRole('group', { name: 'Actions it supports' });
    expect(await choice.getByRole('checkbox', { name: /^1\.2 / }).isChecked()).toBe(true);
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
