import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

/** The list of committed collectivities in Chromium, on the demo (Échirolles, Malakoff, Rennes). */
describe('committed collectivities page (Chromium)', () => {
  const e2e = useSiteAndBrowser();

  it('is linked from the header, filters and sorts through the address, and offers the same list for download', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(e2e.site.url);
    await settle(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Collectivités engagées' }).click();
    await page.getByRole('heading', { level: 1, name: 'Collectivités engagées' }).waitFor();
    await settle(page);
    expect(new URL(page.url()).pathname).toBe('/collectivites-engagees');
    const rows = page.getByTestId('directory-row');
    expect(await page.getByTestId('directory-count').innerText()).toBe('3 collectivités engagées');
    // The demo's collectivities carry their label (issue 14: the demo is labelled wherever it appears).
    expect((await rows.locator('th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'Échirolles Démo (fictif)',
      'Malakoff Démo (fictif)',
      'Rennes Démo (fictif)',
    ]);

    // Sort by declared progress, highest first: the order of the percentages shown.
    await page.getByLabel('Trier par').selectOption('SCORE');
    // The answer to the descending list is waited for: `settle`'s network idle is the page load's, passed long ago,
    // and the table is not busy yet the moment the address changes (a CI run read the ascending rows there).
    const descending = page.waitForResponse((r) => {
      const sent = `${decodeURIComponent(r.url())} ${r.request().postData() ?? ''}`;
      return sent.includes('/graphql') && /"order":\s*"DESC"/.test(sent);
    });
    await page.getByLabel('Ordre').selectOption('DESC');
    await page.waitForURL(/sort=SCORE&order=DESC/);
    await descending;
    await page.locator('table[aria-busy="false"]').waitFor();
    await settle(page);
    const percents = (await rows.locator('td:last-child').allInnerTexts()).map((s) =>
      Number(s.replace(/\s|%/g, '').replace(',', '.')),
    );
    expect(percents).toHaveLength(3);
    expect([...percents].sort((a, b) => b - a)).toEqual(percents);

    // Filter by kind and département: the address keeps them, the export links carry them.
    await page.getByLabel('Département').selectOption('38');
    await page.waitForURL(/departement=38/);
    await page
      .getByTestId('directory-count')
      .filter({ hasText: /^1 collectivité engagée$/ })
      .waitFor();
    await settle(page);
    expect((await rows.locator('th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'Échirolles Démo (fictif)',
    ]);
    expect(await rows.locator('td').nth(1).innerText()).toBe('Isère (38)');
    const links = page.getByTestId('directory-downloads').getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['CSV', 'ODS', 'JSON']);
    expect(await links.first().getAttribute('href')).toBe('/exports/committed-collectivities.csv?departement=38');

    // The address alone gives the same page (shared link), and a filter that matches nothing says so.
    await page.goto(`${e2e.site.url}/collectivites-engagees?departement=38&sort=SCORE&order=DESC`);
    await settle(page);
    expect(await page.getByLabel('Département').inputValue()).toBe('38');
    expect((await rows.locator('th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'Échirolles Démo (fictif)',
    ]);
    await page.goto(`${e2e.site.url}/collectivites-engagees?kind=REGION`);
    await settle(page);
    expect(await page.getByTestId('directory-count').innerText()).toBe('0 collectivité engagée');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
