import { OPEN_DATASETS } from '@pacte/pact';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

/** How far a page scrolls sideways (0: it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Open data in Chromium, on the demo (Échirolles, Malakoff, Rennes): the "Données ouvertes" page and the downloads. */
describe('open data (Chromium)', () => {
  const e2e = useSiteAndBrowser();

  it('"Données ouvertes" is linked from the footer, lists every dataset, and its links download the files', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(e2e.site.url);
    await settle(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Données ouvertes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Données ouvertes' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/donnees-ouvertes');
    expect(await page.getByTestId('open-dataset').count()).toBe(OPEN_DATASETS.length);
    expect(await sideways(page)).toBe(0);

    // The links answer with the files they name (the same origin serves the exports).
    const csv = page.getByRole('link', { name: 'CSV — Avancement des actions' });
    const response = await page.request.get(new URL((await csv.getAttribute('href'))!, e2e.site.url).href);
    expect(response.status()).toBe(200);
    expect((await response.text()).split('\n')[0]).toMatch(/^collectivity_code,collectivity_kind,/);
    const dump = await page.request.get(
      new URL((await page.getByTestId('open-data-dump').getAttribute('href'))!, e2e.site.url).href,
    );
    expect(dump.status()).toBe(200);
    expect(dump.headers()['content-type']).toBe('application/zip');

    // A column list opens; the page is axe clean open, and in English.
    await page
      .getByText(/^Colonnes \(\d+\)$/)
      .first()
      .click();
    expect(await page.getByRole('rowheader', { name: 'score_overall' }).isVisible()).toBe(true);
    expect(await sideways(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${e2e.site.url}/donnees-ouvertes?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download the full dump (ZIP)' }).getAttribute('href')).toBe(
      '/exports/dump.zip',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
