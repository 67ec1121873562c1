import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureBuilt, screenshotDir, startSite, type RunningSite } from './support/app';
import { axeViolations, launchChromium, settle } from './support/browser';

jest.setTimeout(300_000);

/** A 1×1 light grey-blue PNG: what the stand-in tile server answers for every tile. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48uYTAAV6AsPMw7A7AAAAAElFTkSuQmCC',
  'base64',
);

/**
 * A real local tile server standing in for OpenStreetMap's (the machine has no network): it records the tiles asked
 * for, and answers 503 once told to fail.
 */
async function startTileServer(): Promise<{
  server: Server;
  url: string;
  requests: string[];
  fail(on: boolean): void;
}> {
  const requests: string[] = [];
  let failing = false;
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (failing || !/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(failing ? 503 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, requests, fail: (on) => (failing = on) };
}

/** The map of France on the home page, in Chromium, with background tiles from the configured server. */
describe('map of France (Chromium, MAP_TILE_URL)', () => {
  let site: RunningSite;
  let browser: Browser;
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let shots: string;

  beforeAll(async () => {
    ensureBuilt();
    tiles = await startTileServer();
    site = await startSite({
      MAP_TILE_URL: `${tiles.url}/tiles/{z}/{x}/{y}.png`,
      MAP_TILE_ATTRIBUTION: 'Tuiles de test',
      MAP_TILE_ATTRIBUTION_URL: 'https://example.org/tuiles',
    });
    browser = await launchChromium();
    shots = screenshotDir();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await new Promise((resolve) => tiles?.server.close(resolve));
  });

  async function openHome(locale: 'fr' | 'en' = 'fr'): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
    });
    if (locale === 'en') await context.addInitScript(() => window.localStorage.setItem('pacte.locale', 'en'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors: string[] }).errors = errors;
    await page.goto(site.url);
    await page.locator('.map-circle').first().waitFor();
    await settle(page);
    return page;
  }

  /** The départements of the demo that have committed collectivities, from the table beside the map. */
  async function departementsInTable(page: Page): Promise<string[]> {
    const table = page.getByRole('table', { name: /Départements ayant au moins|Départements with at least/ });
    const names = await table.locator('tbody th').allInnerTexts();
    return names.map((n) => /\((\w+)\)$/.exec(n)![1]).sort();
  }

  it('draws the tiles of the configured server, credits it, and one circle per département with commitments', async () => {
    tiles.requests.length = 0;
    const page = await openHome();
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(tiles.requests.every((r) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(r))).toBe(true);
    const credit = page.locator('.leaflet-control-attribution');
    expect(await credit.getByRole('link', { name: 'Tuiles de test' }).getAttribute('href')).toBe(
      'https://example.org/tuiles',
    );
    const circles = await page
      .locator('.map-circle')
      .evaluateAll((els) => els.map((el) => /map-circle-(\w+)/.exec(el.getAttribute('class') ?? '')![1]).sort());
    const departements = await departementsInTable(page);
    expect(departements).toContain('38');
    expect(circles).toEqual(departements);
    // Tiles loaded: no failure notice, no fallback grid.
    expect(await page.getByText('Le fond de carte n’a pas pu être chargé').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Légende' }).count()).toBe(0);
    await page.getByRole('region', { name: /Carte de France des collectivités engagées/ }).screenshot({
      path: path.join(shots, 'map-fr.png'),
    });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it("opens a département's committed collectivities from its circle, then a collectivity's page", async () => {
    const page = await openHome();
    await page.locator('.map-circle-38').click();
    const list = page.getByRole('region', { name: 'Collectivités engagées — Isère (38)' });
    await list.getByRole('link', { name: 'Échirolles' }).waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(shots, 'map-departement-list-fr.png'), fullPage: true });
    // For the user guide (docs/user-guide/images/carte.png): the map and the list under it.
    await page.locator('.commitments-map').screenshot({ path: path.join(shots, 'guide-carte.png') });
    await list.getByRole('link', { name: 'Échirolles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    expect(page.url()).toBe(`${site.url}/collectivite/commune/38151`);
    await page.context().close();
  });

  it('reaches the same list with the keyboard, from the table beside the map, and moves the view overseas', async () => {
    const page = await openHome();
    const open = page.getByRole('button', { name: 'Voir la liste (Isère)' });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Collectivités engagées — Isère (38)' }).getByRole('link').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Collectivités engagées — Isère (38)');
    const reunion = page.getByRole('button', { name: 'La Réunion' });
    await reunion.focus();
    await page.keyboard.press('Enter');
    expect(await reunion.getAttribute('aria-pressed')).toBe('true');
    const centre = await page.evaluate(() => {
      const el = document.querySelector('.france-map-canvas')!.getBoundingClientRect();
      return [el.width, el.height];
    });
    expect(centre[0]).toBeGreaterThan(300);
    await page.context().close();
  });

  for (const locale of ['fr', 'en'] as const) {
    it(`passes axe with the map, the list and the tiles in ${locale === 'fr' ? 'French' : 'English'}`, async () => {
      const page = await openHome(locale);
      await page.locator('.leaflet-tile-loaded').first().waitFor();
      await page.locator('.map-circle-38').click();
      await page.locator('.committed-list a').first().waitFor();
      await settle(page);
      expect(await page.getByRole('button', { name: locale === 'fr' ? 'Zoom avant' : 'Zoom in' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('still shows the data when the tiles cannot be loaded: the circles, a notice and the per-département grid', async () => {
    tiles.fail(true);
    try {
      const page = await openHome();
      await page.getByRole('status').filter({ hasText: 'Le fond de carte n’a pas pu être chargé' }).waitFor();
      expect(await page.locator('.leaflet-tile-loaded').count()).toBe(0);
      expect(await page.locator('.map-circle').count()).toBe((await departementsInTable(page)).length);
      await page.getByRole('list', { name: 'Légende' }).waitFor();
      expect(await page.locator('.map-tile.level-0').count()).toBeGreaterThan(50);
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(shots, 'map-without-tiles-fr.png'), fullPage: true });
      await page.context().close();
    } finally {
      tiles.fail(false);
    }
  });
});
