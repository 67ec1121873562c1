import { operatorGql } from './support/api';
import { axeViolations, openPage, plainSpaces, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building and a first start with the referential import take minutes.
jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';

/**
 * An action with many pieces of evidence, in real Chromium: the page shows the newest five and how many there are,
 * "Voir plus" loads the next ones (in French and in English), and no piece is shown twice.
 */
describe('an action’s evidence, a page at a time (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));
  let total: number;

  beforeAll(async () => {
    const gql = operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN);
    const { collectivity } = await gql<any>(
      `{ collectivity(kind: COMMUNE, code: "38151") { commitment { id evidencePage(actionCode: "3.4") { totalCount } } } }`,
    );
    const commitmentId = collectivity.commitment.id;
    // Eight more, dated so that the newest is "Compte rendu 8".
    for (let i = 1; i <= 8; i += 1) {
      await gql(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { id } }`, {
        input: {
          commitmentId,
          actionCodes: ['3.4'],
          kind: 'DOCUMENT',
          date: `2026-10-${String(10 + i).padStart(2, '0')}`,
          title: `Compte rendu ${i}`,
        },
      });
    }
    total = collectivity.commitment.evidencePage.totalCount + 8;
  });

  it('shows five pieces and the count, then the rest on “Voir plus”, with no piece twice', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    const action = page.getByTestId('action-3.4');
    const pieces = action.locator('ul.evidence > li');
    expect(await pieces.count()).toBe(5);
    expect(await pieces.first().innerText()).toContain('Compte rendu 8');
    const count = action.getByRole('status').filter({ hasText: 'pièces sur' });
    expect(plainSpaces(await count.innerText())).toBe(`5 pièces sur ${total}`);
    expect(await axeViolations(page)).toEqual([]);

    await action.getByRole('button', { name: 'Voir plus' }).click();
    await action
      .getByRole('status')
      .filter({ hasText: `${total} pièces sur ${total}` })
      .waitFor();
    expect(await pieces.count()).toBe(total);
    const titles = await pieces.evaluateAll((items) => items.map((li) => li.textContent));
    expect(new Set(titles).size).toBe(total);
    expect(titles.filter((t) => /Compte rendu \d/.test(t ?? ''))).toHaveLength(8);
    expect(await action.getByRole('button', { name: 'Voir plus' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says it in English', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { locale: 'en' });
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    const action = page.getByTestId('action-3.4');
    expect(plainSpaces(await action.getByRole('status').filter({ hasText: 'pieces of' }).innerText())).toBe(
      `5 pieces of ${total}`,
    );
    await action.getByRole('button', { name: 'Show more' }).click();
    await action
      .getByRole('status')
      .filter({ hasText: `${total} pieces of ${total}` })
      .waitFor();
    expect(await action.locator('ul.evidence > li').count()).toBe(total);
    expect(errors).toEqual([]);
    await context.close();
  });
});
