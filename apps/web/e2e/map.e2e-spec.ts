import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, screenshots, settle, type OpenedPage } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

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
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  const e2e = useSiteAndBrowser(async () => {
    tiles = await startTileServer();
    return {
      MAP_TILE_URL: `${tiles.url}/tiles/{z}/{x}/{y}.png`,
      MAP_TILE_ATTRIBUTION: 'Tuiles de test',
      MAP_TILE_ATTRIBUTION_URL: 'https://example.org/tuiles',
    };
  });
  const { shot, elementShot, guideShot } = screenshots(screenshotDir());

  afterAll(async () => {
    await new Promise((resolve) => tiles?.server.close(resolve));
  });

  /** The home page in a fresh context, once the map's circles are drawn. */
  async function openHome(
    locale: 'fr' | 'en' = 'fr',
    viewport?: { width: number; height: number },
  ): Promise<OpenedPage> {
    const opened = await openPage(e2e.browser, { locale, viewport });
    await opened.page.goto(e2e.site.url);
    await opened.page.locator('.map-circle').first().waitFor();
    await settle(opened.page);
    return opened;
  }

  /** The départements of the demo that have committed collectivities, from the table beside the map. */
  async function departementsInTable(page: Page): Promise<string[]> {
    const table = page.getByRole('table', { name: /Départements ayant au moins|Départements with at least/ });
    const names = await table.locator('tbody th').allInnerTexts();
    return names.map((n) => /\((\w+)\)$/.exec(n)![1]).sort();
  }

  /** Whether the circles of these départements are inside the map's box, as the page shows them. */
  function circlesInside(page: Page, codes: string[]): Promise<Record<string, boolean>> {
    return page.evaluate((wanted) => {
      const box = document.querySelector('.france-map-canvas')!.getBoundingClientRect();
      return Object.fromEntries(
        wanted.map((code) => {
          const c = document.querySelector(`.map-circle-${code}`)!.getBoundingClientRect();
          const [x, y] = [c.left + c.width / 2, c.top + c.height / 2];
          return [code, x > box.left && x < box.right && y > box.top && y < box.bottom];
        }),
      );
    }, codes);
  }

  it('draws the tiles of the configured server, credits it, and one circle per département with commitments', async () => {
    tiles.requests.length = 0;
    const { context, page, errors } = await openHome();
    await page.locator('.france-map-tile-loaded').first().waitFor();
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(tiles.requests.every((r) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(r))).toBe(true);
    const credit = page.locator('.france-map-credit');
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
    await elementShot(page.getByRole('region', { name: /Carte de France des collectivités engagées/ }), 'map-fr');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a département's committed collectivities from its circle, then a collectivity's page", async () => {
    const { context, page } = await openHome();
    await page.locator('.map-circle-38').click();
    const list = page.getByRole('region', { name: 'Collectivités engagées — Isère (38)' });
    await list.getByRole('link', { name: 'Échirolles' }).waitFor();
    await settle(page);
    await shot(page, 'map-departement-list-fr');
    // For the user guide (docs/user-guide/images/carte.png): the map and the list under it.
    await guideShot(page.locator('.commitments-map'), 'carte');
    await list.getByRole('link', { name: 'Échirolles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    expect(page.url()).toBe(`${e2e.site.url}/collectivite/commune/38151`);
    await context.close();
  });

  it('reaches the same list with the keyboard, from the table beside the map, and moves the view overseas', async () => {
    const { context, page } = await openHome();
    const open = page.getByRole('button', { name: 'Voir la liste (Isère)' });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Collectivités engagées — Isère (38)' }).getByRole('link').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Collectivités engagées — Isère (38)');
    const reunion = page.getByRole('button', { name: 'La Réunion' });
    expect(await circlesInside(page, ['38'])).toEqual({ '38': true });
    tiles.requests.length = 0;
    await reunion.focus();
    await page.keyboard.press('Enter');
    expect(await reunion.getAttribute('aria-pressed')).toBe('true');
    // The view is La Réunion's: Isère's circle has left the map, and the tiles now asked for are close-ups of the
    // island (at zoom z, La Réunion, 55.5° E, is in the tile column ⌊(55.5 + 180) / 360 × 2^z⌋).
    expect(await circlesInside(page, ['38'])).toEqual({ '38': false });
    await page.locator('.france-map-tile-loaded').first().waitFor();
    const closeUps = tiles.requests.map((r) => r.split('/').slice(2, 4).map(Number)).filter(([z]) => z >= 9);
    expect(closeUps.length).toBeGreaterThan(0);
    const [z] = closeUps[closeUps.length - 1];
    expect(closeUps.filter(([zoom]) => zoom === z).map(([, x]) => x)).toContain(Math.floor((235.5 / 360) * 2 ** z));
    await context.close();
  });

  it('makes every circle a named keyboard stop: Tab reaches it from the view buttons, Enter opens its list', async () => {
    const { context, page } = await openHome();
    const circles = page.locator('.map-circle');
    expect(
      await circles.evaluateAll((els) =>
        els.every((el) => el.tagName === 'BUTTON' && (el as HTMLElement).tabIndex === 0),
      ),
    ).toBe(true);
    const isere = page.getByRole('button', { name: /^Isère \(38\)/ });
    expect(await isere.count()).toBe(1);
    // From the last view button, Tab walks through the zoom control and into the circles, without a mouse.
    await page.locator('.map-view-button').last().focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('map-circle-38') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Collectivités engagées — Isère (38)' }).getByRole('link').first().waitFor();
    await context.close();
  });

  it('fits a phone (390 px), and moves and zooms with the arrow keys and + once the map has the focus', async () => {
    const { context, page } = await openHome('fr', { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const canvas = page.getByRole('region', { name: /Carte de France des collectivités engagées/ });
    expect((await canvas.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await circlesInside(page, ['38'])).toEqual({ '38': true });
    const isere = page.locator('.map-circle-38');
    // Positions within the map (focusing it may scroll the page).
    const inMap = async () => {
      const [c, b] = [(await canvas.boundingBox())!, (await isere.boundingBox())!];
      return { x: b.x - c.x, y: b.y - c.y };
    };
    await canvas.focus();
    const before = await inMap();
    await page.keyboard.press('ArrowRight');
    const after = await inMap();
    expect(Math.round(before.x - after.x)).toBe(80);
    expect(Math.round(before.y - after.y)).toBe(0);
    const fromCentre = async () => {
      const [c, b] = [(await canvas.boundingBox())!, (await isere.boundingBox())!];
      return Math.hypot(b.x + b.width / 2 - (c.x + c.width / 2), b.y + b.height / 2 - (c.y + c.height / 2));
    };
    const distance = await fromCentre();
    const zoomOf = (src: string) => Number(/\/tiles\/(\d+)\//.exec(src)![1]);
    const shown = await page.locator('.france-map-tile').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')!));
    const zoom = Math.max(...shown.map(zoomOf));
    await page.keyboard.press('+');
    await page.waitForFunction(
      (z) =>
        [...document.querySelectorAll('.france-map-tile-loaded')].some((i) =>
          i.getAttribute('src')!.includes(`/tiles/${z}/`),
        ),
      zoom + 1,
    );
    // One level in doubles the circle's distance from the map's centre.
    expect((await fromCentre()) / distance).toBeCloseTo(2, 1);
    await context.close();
  });

  for (const locale of ['fr', 'en'] as const) {
    it(`passes axe with the map, the list and the tiles in ${locale === 'fr' ? 'French' : 'English'}`, async () => {
      const { context, page } = await openHome(locale);
      await page.locator('.france-map-tile-loaded').first().waitFor();
      await page.locator('.map-circle-38').click();
      await page.locator('.committed-list a').first().waitFor();
      await settle(page);
      expect(await page.getByRole('button', { name: locale === 'fr' ? 'Zoom avant' : 'Zoom in' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('still shows the data when the tiles cannot be loaded: the circles, a notice and the per-département grid', async () => {
    tiles.fail(true);
    try {
      const { context, page } = await openHome();
      await page.getByRole('status').filter({ hasText: 'Le fond de carte n’a pas pu être chargé' }).waitFor();
      expect(await page.locator('.france-map-tile-loaded').count()).toBe(0);
      expect(await page.locator('.map-circle').count()).toBe((await departementsInTable(page)).length);
      await page.getByRole('list', { name: 'Légende' }).waitFor();
      expect(await page.locator('.map-tile.level-0').count()).toBeGreaterThan(50);
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'map-without-tiles-fr');
      await context.close();
    } finally {
      tiles.fail(false);
    }
  });
});
