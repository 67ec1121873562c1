import { makeItManagerOf } from './support/api';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building, a first start with the referential import, and the flow with axe in two languages take minutes.
jest.setTimeout(300_000);

/** The operator's token of the e2e app: it makes the signed-up user IT manager of Échirolles (grantRole). */
const ADMIN_API_TOKEN = 'e2e-operator-token-inventory-0123456789';
const PASSWORD = 'un mot de passe assez long';
const ECHIROLLES = '/collectivite/commune/38151';

/** YYYY-MM-DD `days` ago, in UTC (the browser runs in the same time zone as the test here). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * The inventory screens in real Chromium against the app started as the README starts it (fresh embedded database
 * with the demo, where Échirolles has action 1.8 "workstations on GNU/Linux" planned and no inventory).
 */
describe('inventory editing (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));
  const { shot, guideShot } = screenshots(screenshotDir());

  it('an IT manager adds a software from the catalogue, advances it from pilot to default, confirms the proposed update and sees the progress change', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/connexion`);
    const signUp = page.getByTestId('sign-up-form');
    await signUp.getByLabel('Nom affiché').fill('Camille, DSI');
    await signUp.getByLabel('Adresse électronique').fill('dsi-inventaire@echirolles.example');
    await signUp.getByLabel('Mot de passe').fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByTestId('account-name').waitFor();
    await makeItManagerOf(e2e.site, page, '38151', ADMIN_API_TOKEN);
    await page.goto(`${e2e.site.url}${ECHIROLLES}`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    expect(await page.getByTestId('action-1.8').innerText()).toMatch(/Planifiée/);
    const sectionBefore = await page.getByTestId('section-score-1').innerText();
    const overallBefore = await page.getByTestId('overall-progress').innerText();

    // 1. Add Windows 10, piloting Ubuntu picked from the catalogue through its category.
    const editing = page.getByTestId('inventory-editing');
    await editing.getByText('Ajouter un logiciel à l’inventaire').click();
    const add = editing.getByRole('form', { name: 'Ajouter un logiciel à l’inventaire' });
    await add.getByRole('button', { name: 'Ajouter à l’inventaire' }).click();
    await add.getByText('Ce champ est obligatoire.').first().waitFor();
    await add.getByLabel('Catégorie').selectOption('WORKSTATION_OS');
    const ubuntu = add.getByRole('button', { name: /^Ubuntu/ });
    await ubuntu.waitFor();
    expect(await add.getByRole('button', { name: /^Debian/ }).count()).toBe(1);
    await add.getByLabel('Logiciel en usage, à remplacer').fill('Windows 10');
    await add.getByLabel('Postes ou utilisateur·rices (facultatif)').fill('280');
    await add.getByLabel('Fin du contrat ou de la licence (facultatif)').fill(daysAgo(-90));
    await add.getByLabel('Coût annuel en euros (facultatif)').fill('18000');
    await add.getByLabel('Étape atteinte aujourd’hui').selectOption('PILOT');
    await add.getByLabel('Date à laquelle cette étape a été atteinte').fill(daysAgo(60));
    // axe with the form open and the catalogue's results listed.
    expect(await axeViolations(page)).toEqual([]);
    await guideShot(add, 'inventaire-ajout');
    await ubuntu.click();
    await add.getByTestId('catalogue-choice').waitFor();
    expect(await add.getByTestId('catalogue-choice').innerText()).toBe('Ubuntu');
    await add.getByRole('button', { name: 'Ajouter à l’inventaire' }).click();
    await add.getByText('Logiciel ajouté à l’inventaire.').waitFor();
    const table = page.getByRole('table', { name: /Inventaire des logiciels/ });
    await table.getByText('Windows 10').waitFor();
    expect(await table.innerText()).toMatch(/Windows 10[\s\S]*Ubuntu[\s\S]*Pilote/);
    // Action 1.3: its licence ends within 12 months and its cost is the proprietary licences' total.
    const contracts = page.getByTestId('contracts-summary');
    expect(await contracts.innerText()).toMatch(/dans les 12 mois\s?: Windows 10 \(/);
    expect(await contracts.innerText()).toMatch(/encore en usage\s?: 18\s000\s€/);

    // 2. Advance it to DEFAULT with a note and a new evidence file.
    const item = page.locator('[data-testid^="edit-item-"]').filter({ hasText: 'Windows 10' });
    await item.locator('summary').click();
    const advance = item.getByRole('form', { name: 'Faire avancer la migration' });
    await advance.getByLabel('Nouvelle étape').selectOption('DEFAULT');
    await advance.getByLabel('Note (facultatif)').fill('Ubuntu par défaut sur les postes des services');
    await advance.getByLabel('Nouvelle preuve : titre du document (facultatif)').fill('Bilan du pilote Ubuntu');
    await advance.getByLabel('Fichier (facultatif)').setInputFiles({
      name: 'bilan-pilote.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await guideShot(item, 'migration-etape');
    await advance.getByRole('button', { name: 'Enregistrer la nouvelle étape' }).click();

    // 3. The proposal: action 1.8 from planned to in progress, nothing applied yet.
    const proposals = page.getByTestId('proposed-updates');
    await proposals.waitFor();
    const proposal = proposals.getByTestId('proposal-1.8');
    expect(await proposal.innerText()).toMatch(
      /Action 1\.8[\s\S]*Planifiée \(10\s%\) → proposé\s:\sEn cours \(50\s%\)/,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('proposals-heading');
    expect(await page.getByTestId('action-1.8').innerText()).toMatch(/Planifiée/);
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'inventory-proposals-fr');
    await guideShot(proposals, 'propositions');

    await proposal.getByRole('button', { name: 'Confirmer pour l’action 1.8' }).click();
    await proposal.getByText('Confirmé : l’action 1.8 est maintenant « En cours ».').waitFor();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="section-score-1"]')?.textContent !== text,
      sectionBefore.replace(/\n/g, ''),
    );

    // 4. After a reload: the action's new status, the section and overall progress, the stage and the evidence.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    expect(await page.getByTestId('action-1.8').innerText()).toMatch(/En cours[\s\S]*50\s%/);
    expect(await page.getByTestId('section-score-1').innerText()).not.toBe(sectionBefore);
    expect(await page.getByTestId('overall-progress').innerText()).not.toBe(overallBefore);
    expect(await page.getByRole('table', { name: /Inventaire des logiciels/ }).innerText()).toMatch(
      /Windows 10[\s\S]*Par défaut/,
    );
    expect(await page.getByTestId('action-1.8').innerText()).toContain('Bilan du pilote Ubuntu');
    const history = await page.getByRole('region', { name: 'Historique' }).innerText();
    expect(history).toMatch(/Action 1\.8\s«\s.+\s»\s:\splanifiée\s→\sen cours\s\(50\s%\)\./);
    await shot(page, 'inventory-after-reload-fr');

    // 4b. The 280 workstations moved are 100 % of the inventory only, which the page says; declaring the whole
    // fleet of 400 workstations makes the share 70 % of it.
    const workstationShare = page.getByTestId('figure-linuxWorkstationShare');
    expect(await workstationShare.innerText()).toMatch(
      /100\s%\s?\(sur les 280 inventoriés seulement, parc non déclaré\)/,
    );
    await page.getByTestId('fleet-missing').waitFor();
    await page.getByTestId('inventory-editing').getByText('Déclarer le parc complet').click();
    const fleet = page.getByRole('form', { name: 'Déclarer le parc complet' });
    await fleet.getByLabel('Public').selectOption('STAFF');
    await fleet.getByLabel('Postes de travail').fill('400');
    await fleet.getByLabel('Serveurs').fill('12');
    await fleet.getByLabel('Date à laquelle ces nombres étaient exacts').fill(daysAgo(1));
    expect(await axeViolations(page)).toEqual([]);
    await guideShot(fleet, 'parc-declaration');
    await fleet.getByRole('button', { name: 'Déclarer ce parc' }).click();
    await fleet.getByText('Parc déclaré.').waitFor();
    await page.getByTestId('fleet-missing').waitFor({ state: 'detached' });
    await page.waitForFunction(() =>
      /70\s%\s?\(sur un parc déclaré de 400\)/.test(
        document.querySelector('[data-testid="figure-linuxWorkstationShare"]')?.textContent ?? '',
      ),
    );
    await page.getByTestId('inventory-editing').getByText('Déclarer le parc complet').click();

    // 5. In English, with every editing control open: the forms and a new proposal pass axe as well.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('inventory-editing').getByText('Add a software to the inventory').click();
    const itemEn = page.locator('[data-testid^="edit-item-"]').filter({ hasText: 'Windows 10' });
    await itemEn.locator('summary').click();
    const advanceEn = itemEn.getByRole('form', { name: 'Move the migration forward' });
    await advanceEn.getByLabel('New stage').selectOption('LEGACY_REMOVED');
    await advanceEn.getByRole('button', { name: 'Record the new stage' }).click();
    const proposalEn = page.getByTestId('proposed-updates').getByTestId('proposal-1.8');
    await proposalEn.waitFor();
    expect(await proposalEn.innerText()).toMatch(/In progress \(50%\) → proposed: Done \(100%\)/);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'inventory-editing-en');
    await proposalEn.getByRole('button', { name: 'Dismiss for action 1.8' }).click();
    await page.getByText('Every proposal was dismissed.').waitFor();
    expect(await page.getByTestId('action-1.8').innerText()).toMatch(/In progress/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
