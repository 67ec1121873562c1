import { makeItManagerOf, operatorGql } from './support/api';
import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building, a first start with the referential import, and the flow in Chromium take minutes.
jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-pooled-it-0123456789';
const PASSWORD = 'un mot de passe assez long';
const ECHIROLLES = '/collectivite/commune/38151';

/**
 * Pooled IT in real Chromium: Échirolles' IT manager says the commune's IT is run by its EPCI (from the referential);
 * the page then says "Informatique mutualisée avec …" with a link to the EPCI's page, and lists the EPCI's software
 * as pooled, not editable from the commune, counted in the commune's figures.
 */
describe('pooled IT (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));

  it('an IT manager points the commune to its EPCI and sees the EPCI’s software shown as pooled', async () => {
    const operator = operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN);
    const { collectivity } = await operator<{ collectivity: { epci: { id: string; name: string; code: string } } }>(
      `query { collectivity(code: "38151", kind: COMMUNE) { epci { id name code } } }`,
    );
    const epci = collectivity.epci;
    // The EPCI keeps its servers in its own inventory: 30 on Debian.
    await operator(`mutation($i: AddInventoryItemInput!) { addInventoryItem(input: $i) { id } }`, {
      i: {
        collectivityId: epci.id,
        category: 'SERVER_OS',
        productName: 'Debian mutualisé',
        productIsFree: true,
        seats: 30,
      },
    });

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/connexion`);
    const signUp = page.getByTestId('sign-up-form');
    await signUp.getByLabel('Nom affiché').fill('Dominique, DSI');
    await signUp.getByLabel('Adresse électronique').fill('dsi-mutualisation@echirolles.example');
    await signUp.getByLabel('Mot de passe').fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByTestId('account-name').waitFor();
    await makeItManagerOf(e2e.site, page, '38151', ADMIN_API_TOKEN);
    await page.goto(`${e2e.site.url}${ECHIROLLES}`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    const pooled = page.getByTestId('pooled-it');
    expect(await pooled.innerText()).not.toMatch(/Informatique mutualisée avec/);

    await pooled.getByTestId('pooled-it-form').locator('summary').click();
    const form = pooled.getByRole('form', { name: 'Informatique mutualisée' });
    await form.getByLabel(`Son intercommunalité\u00a0: ${epci.name}`).check();
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByText('C’est enregistré.').waitFor();

    const statement = pooled.locator('.pooled-it-statement');
    await statement.waitFor();
    expect(await statement.innerText()).toMatch(new RegExp(`^Informatique mutualisée avec ${epci.name}$`));
    expect(await statement.getByRole('link', { name: epci.name }).getAttribute('href')).toContain(epci.code);
    const table = page.getByRole('table', { name: /Logiciels mutualisés, gérés par/ });
    await table.getByText('Debian mutualisé').waitFor();
    expect(await table.innerText()).toMatch(new RegExp(`mutualisé \\(${epci.name}\\)`));
    // Not editable from the commune: no edit form for the EPCI's item.
    expect(await page.locator('[data-testid^="edit-item-"]').filter({ hasText: 'Debian mutualisé' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Back to the commune's own IT: the statement and the pooled table go.
    await form.getByLabel('La commune elle-même').check();
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('table', { name: /Logiciels mutualisés/ }).waitFor({ state: 'detached' });
    expect(await pooled.innerText()).not.toMatch(/Informatique mutualisée avec/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
