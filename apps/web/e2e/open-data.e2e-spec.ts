import { OPEN_DATASETS } from '@pacte/pact';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
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

  it('a collectivity page offers its data filtered to it, and the election page its signatories', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    const section = page.getByRole('region', { name: 'Données ouvertes de cette collectivité' });
    const progress = section.getByRole('link', { name: 'CSV — Avancement des actions' });
    const href = (await progress.getAttribute('href'))!;
    expect(href).toBe('/exports/progress.csv?kind=COMMUNE&code=38151');
    const lines = (await (await page.request.get(new URL(href, e2e.site.url).href)).text()).trim().split('\n');
    // The header, then the 31 actions of Échirolles and nothing of Malakoff or Rennes.
    expect(lines).toHaveLength(32);
    expect(lines.slice(1).every((line) => line.startsWith('38151,COMMUNE,'))).toBe(true);
    expect(await section.getByRole('link', { name: /^JSON — Historique$/ }).getAttribute('href')).toBe(
      '/exports/history.json?kind=COMMUNE&code=38151',
    );

    await page.goto(`${e2e.site.url}/elections/commune/38151`);
    await settle(page);
    const signatories = page.getByTestId('election-downloads').getByRole('link', { name: 'CSV — Signataires' });
    const answer = await page.request.get(new URL((await signatories.getAttribute('href'))!, e2e.site.url).href);
    expect(answer.status()).toBe(200);
    const rows = (await answer.text()).trim().split('\n');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((line) => line.includes('38151'))).toBe(true);
    expect(rows.join('\n')).not.toMatch(/@|\+33/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a link to an action at that action, and each action offers its link', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.site.url}/collectivite/commune/38151#action-3.4`);
    const action = page.locator('[id="action-3.4"]');
    await action.waitFor();
    await page.waitForFunction(() => {
      const box = document.getElementById('action-3.4')?.getBoundingClientRect();
      return box !== undefined && box.top >= -1 && box.top < window.innerHeight / 2;
    });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('action-3.4');

    // The visible "lien" of another action puts its anchor in the address, to copy.
    const link = page.getByTestId('action-1.2').getByRole('link', { name: 'Lien vers l’action 1.2' });
    expect(await link.innerText()).toBe('lien');
    await link.click();
    await page.waitForURL(/#action-1\.2$/);
    expect(new URL(page.url()).pathname).toBe('/collectivite/commune/38151');
    expect(await sideways(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints a collectivity page as a clean report, with the day and the permalink at its foot', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    const footer = page.getByTestId('print-footer');
    expect(await footer.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    // No navigation, form, button nor download link is laid out; the report's parts are.
    const shown = (selector: string) =>
      page.$$eval(selector, (nodes) => nodes.filter((n) => getComputedStyle(n).display !== 'none').length);
    for (const selector of ['header.site-header', 'nav', 'form', 'button', 'select', 'input', '.downloads']) {
      expect([selector, await shown(selector)]).toEqual([selector, 0]);
    }
    expect(await page.$$eval('form, button', (nodes) => nodes.length)).toBeGreaterThan(0);
    expect(await shown('.action')).toBe(31);
    expect(await footer.isVisible()).toBe(true);
    const permalink = `${e2e.site.url}/collectivite/commune/38151`;
    expect(await footer.innerText()).toContain(permalink);

    // The PDF Chromium makes of it, read back as text.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(path.join(tmpdir(), 'pacte-print-'));
    writeFileSync(path.join(dir, 'page.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'page.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Échirolles');
    expect(text).toContain('Les 31 actions du pacte');
    expect(text).toMatch(/Rapport imprimé le \d{1,2} \S+ \d{4}/);
    expect(text.replace(/ /g, '')).toContain(permalink.replace(/ /g, ''));
    for (const absent of ['Aller au contenu', 'Vue nationale', 'Télécharger', 'Suivre cette collectivité']) {
      expect([absent, text.includes(absent)]).toEqual([absent, false]);
    }
    expect(text).not.toMatch(/(^| )lien( |$)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('département, région and EPCI pages list their committed collectivities, with the same list for download', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    const territory = page.getByTestId('territory-committed');
    const names = () => territory.getByTestId('territory-row').getByRole('link').allInnerTexts();
    for (const [path, heading, filter] of [
      ['/collectivite/departement/38', 'Collectivités engagées du territoire', 'departement=38'],
      ['/collectivite/region/84', 'Collectivités engagées du territoire', 'region=84'],
      ['/collectivite/metropole/200040715', 'Communes membres engagées', 'epci=200040715'],
    ] as const) {
      await page.goto(`${e2e.site.url}${path}`);
      await territory.getByRole('heading', { level: 2, name: heading }).waitFor();
      await territory.getByTestId('territory-count').waitFor();
      await settle(page);
      expect([path, await names()]).toEqual([path, ['Échirolles']]);
      const href = (await territory.getByRole('link', { name: 'CSV' }).getAttribute('href'))!;
      expect(href).toBe(`/exports/committed-collectivities.csv?${filter}`);
      const rows = (await (await page.request.get(new URL(href, e2e.site.url).href)).text()).trim().split('\n');
      expect([path, rows.slice(1).map((r) => r.split(',')[0])]).toEqual([path, ['38151']]);
      expect(await sideways(page)).toBe(0);
    }
    // A commune has no such list; a département with no committed collectivity says so.
    await page.goto(`${e2e.site.url}/collectivite/departement/23`);
    await territory.getByText('Aucune collectivité de ce territoire n’est engagée pour l’instant.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    expect(await territory.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search pages through more results, says what matched, names the département, and filters through the address', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${e2e.site.url}/recherche?q=38130`);
    const results = page.getByRole('list', { name: 'Résultats de la recherche' });
    await results.getByRole('link').first().waitFor();
    await settle(page);
    // 38130: the INSEE code of La Côte-Saint-André and the postcode of Échirolles.
    const cote = results.getByRole('link', { name: /La Côte-Saint-André/ });
    expect(await cote.innerText()).toContain('Code INSEE 38130');
    expect(await cote.innerText()).toContain('Isère (38)');
    expect(await results.getByRole('link', { name: /Échirolles/ }).innerText()).toContain('Code postal 38130');

    // "saint": thousands of results, 30 a page, the page in the address.
    await page.goto(`${e2e.site.url}/recherche?q=saint`);
    await page.getByTestId('search-range').waitFor();
    expect(await page.getByTestId('search-range').innerText()).toMatch(/^Résultats 1 à 30 sur \d/);
    const firstPage = await results.getByRole('link').allInnerTexts();
    await page.getByRole('button', { name: 'Plus de résultats' }).click();
    await page.waitForURL(/page=2/);
    await page
      .getByTestId('search-range')
      .filter({ hasText: /^Résultats 31 à 60 sur/ })
      .waitFor();
    await settle(page);
    const secondPage = await results.getByRole('link').allInnerTexts();
    expect(secondPage).toHaveLength(30);
    expect(secondPage.filter((r) => firstPage.includes(r))).toEqual([]);
    expect(await sideways(page)).toBe(0);

    // Committed only, and a kind: in the address, and a shared address gives the same.
    // The box follows the address, which the click changes (check() would read the box before the address moves).
    await page.getByLabel('Engagées seulement').click();
    await page.waitForURL(/engagees=1/);
    expect(await page.getByLabel('Engagées seulement').isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    await page.goto(`${e2e.site.url}/recherche?q=rennes&kind=COMMUNE&engagees=1`);
    await results.getByRole('link').first().waitFor();
    await settle(page);
    expect(await results.getByRole('link').count()).toBe(1);
    expect(await results.getByRole('link').innerText()).toMatch(/^Rennes/);
    await page.getByLabel('Type de collectivité').selectOption('METROPOLE');
    await page.waitForURL(/kind=METROPOLE/);
    await page.getByText('Aucune collectivité ne correspond à « rennes ».').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
