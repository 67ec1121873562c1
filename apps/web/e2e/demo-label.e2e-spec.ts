import { axeViolations, openPage, plainSpaces, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building and a first start with the referential import and the demo take minutes (see dashboard.e2e-spec.ts).
jest.setTimeout(300_000);

/**
 * The app started as the README starts it (embedded database, with the labelled demo, whose commitments are real
 * communes such as Échirolles): a visitor is told wherever the demo's figures appear that they are fictional.
 */
describe('the demo labelled wherever it appears (Chromium)', () => {
  const e2e = useSiteAndBrowser();

  it('says on the home page that figures and map count fictional commitments, and does not claim every list committed', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(e2e.site.url);
    await settle(page);
    const lead = plainSpaces(await page.locator('.lead').first().innerText());
    expect(lead).toContain(
      'Des listes candidates aux municipales de 2026 ont signé le Pacte du Logiciel Libre, d’autres non.',
    );
    expect(lead).not.toMatch(/Les listes candidates .* se sont engagées/);
    const notice = page.getByTestId('demo-notice');
    await notice.waitFor();
    expect(plainSpaces(await notice.innerText())).toMatch(
      /^Données de démonstration\. \d+ des collectivités engagées comptées dans ces chiffres et sur la carte (a|ont) un engagement fictif/,
    );
    // The map's table says, for the demo's département, how many of its commitments are the demo's.
    const isere = page
      .getByRole('table', { name: 'Départements ayant au moins une collectivité engagée' })
      .getByRole('row', { name: /Isère \(38\)/ });
    await isere.waitFor();
    expect(plainSpaces(await isere.innerText())).toMatch(/\(dont \d+ de démonstration, fictives?\)/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('labels the demo’s commitment in the search results, in French and in English', async () => {
    for (const [locale, label] of [
      ['fr', 'Engagement de démonstration, fictif'],
      ['en', 'Demonstration commitment, fictional'],
    ] as const) {
      const { context, page, errors } = await openPage(e2e.browser, { locale });
      await page.goto(e2e.site.url);
      await settle(page);
      await page.getByRole('searchbox').first().fill('echirolles');
      const result = page.getByRole('link', { name: /Échirolles/ }).first();
      await result.waitFor();
      await result.getByText(label).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
