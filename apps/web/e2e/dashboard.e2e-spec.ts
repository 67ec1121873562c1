import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureBuilt, screenshotDir, startSite, type RunningSite } from './support/app';
import { axeViolations, launchChromium, settle } from './support/browser';

// Building, a first start with the referential import and eight pages through axe twice take minutes; set here because
// jest ignores a per-project testTimeout when this suite runs as a project of the root config.
jest.setTimeout(300_000);

/**
 * The dashboard in real Chromium against the app started as the README starts it (fresh embedded database with the
 * demo). Editing screens need sign-in, which is not in the dashboard yet: these flows only read.
 */
describe('dashboard (Chromium)', () => {
  let site: RunningSite;
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    ensureBuilt();
    site = await startSite();
    browser = await launchChromium();
    shots = screenshotDir();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  async function newPage(
    locale: 'fr' | 'en' = 'fr',
    viewport = { width: 1280, height: 900 },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
    if (locale === 'en') await context.addInitScript(() => window.localStorage.setItem('pacte.locale', 'en'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors: string[] }).errors = errors;
    return { context, page };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

  it('finds Échirolles by searching "echirolles", opens its page, shows its section progress and its history', async () => {
    const { context, page } = await newPage();
    await page.goto(site.url);
    await settle(page);
    await page.getByRole('searchbox', { name: 'Rechercher une collectivité' }).fill('echirolles');
    const result = page.getByRole('link', { name: /Échirolles/ });
    await result.waitFor();
    await shot(page, 'search-results-fr');
    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    expect(page.url()).toBe(`${site.url}/collectivite/commune/38151`);
    expect(await page.getByTestId('section-score-1').innerText()).toMatch(
      /Section 1[\s\S]*25,5\s%[\s\S]*2 actions réalisées sur 11/,
    );
    expect(await page.getByTestId('section-score-3').innerText()).toMatch(/15\s%/);
    expect(await page.getByTestId('overall-progress').innerText()).toMatch(/15,5\s%/);
    expect(await page.getByTestId('action-1.5').innerText()).toMatch(/En cours[\s\S]*70\s%/);
    const history = page.getByTestId('history-entry');
    expect(await history.count()).toBeGreaterThan(5);
    expect(await page.getByRole('region', { name: 'Historique' }).innerText()).toContain(
      'Action 1.5 : En cours (70 %).'.replace(' %', '\u00a0%'),
    );
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await context.close();
  });

  it('does the same with the keyboard only', async () => {
    const { context, page } = await newPage();
    await page.goto(site.url);
    await settle(page);
    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // From the main content, Tab reaches the search box.
    await tabUntil(page, (el) => el.getAttribute('type') === 'search');
    await page.keyboard.type('echirolles');
    await page.getByRole('link', { name: /Échirolles/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Échirolles');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    // After the navigation, focus is on the new content.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.getByTestId('section-score-2').innerText()).toMatch(/Section 2/);
    // The checklist filter is reachable and usable from the keyboard.
    await tabUntil(page, (el) => el.tagName === 'SELECT');
    await page.keyboard.press('End'); // last option: ABANDONED, no action of the demo
    await page.keyboard.press('Home'); // back to all
    await tabUntil(page, (el) => el.textContent === 'Listes candidates, signataires et élus');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Élections à Échirolles' }).waitFor();
    await settle(page);
    expect(await page.getByRole('main').innerText()).toContain('[Démo] Échirolles libre et solidaire');
    await context.close();
  });

  const pages: { name: string; path: string; ready: (page: Page) => Promise<unknown> }[] = [
    { name: 'home', path: '/', ready: (p) => p.locator('.recharts-surface').first().waitFor() },
    { name: 'search', path: '/recherche?q=echirolles', ready: (p) => p.locator('.search-result').first().waitFor() },
    {
      name: 'collectivity-echirolles',
      path: '/collectivite/commune/38151',
      ready: (p) => p.locator('.recharts-surface').first().waitFor(),
    },
    {
      name: 'collectivity-malakoff',
      path: '/collectivite/commune/92046',
      ready: (p) => p.getByTestId('history-entry').first().waitFor(),
    },
    {
      name: 'collectivity-uncommitted',
      path: '/collectivite/commune/38185',
      ready: (p) => p.locator('.empty-state').first().waitFor(),
    },
    { name: 'elections', path: '/elections', ready: (p) => p.locator('.card').first().waitFor() },
    {
      name: 'election-echirolles',
      path: '/elections/commune/38151',
      ready: (p) => p.locator('.list-card').first().waitFor(),
    },
    { name: 'not-found', path: '/nulle-part', ready: (p) => p.locator('h1').waitFor() },
  ];

  for (const locale of ['fr', 'en'] as const) {
    it(`every page passes axe (WCAG 2.1 A and AA) in ${locale === 'fr' ? 'French' : 'English'}, with <html lang="${locale}">`, async () => {
      const { context, page } = await newPage(locale);
      const found: Record<string, unknown> = {};
      for (const p of pages) {
        await page.goto(`${site.url}${p.path}`);
        await p.ready(page);
        await settle(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        await shot(page, `${p.name}-${locale}`);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[p.name] = violations;
      }
      expect(found).toEqual({});
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await context.close();
    });
  }

  it('has a working axe check: an image without text alternative injected in a page is reported', async () => {
    const { context, page } = await newPage();
    await page.goto(`${site.url}/nulle-part`);
    await settle(page);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')!.append(img);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await context.close();
  });

  it('is usable on a phone: no horizontal scrolling, the language switch and the search fit', async () => {
    const { context, page } = await newPage('fr', { width: 375, height: 740 });
    for (const p of [pages[0]!, pages[2]!, pages[6]!]) {
      await page.goto(`${site.url}${p.path}`);
      await p.ready(page);
      await settle(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ page: p.name, overflow }).toEqual({ page: p.name, overflow: 0 });
      await shot(page, `${p.name}-phone-fr`);
    }
    await context.close();
  });
});

/** Presses Tab until the focused element matches (at most 80 times), and checks that its focus is visible. */
async function tabUntil(page: Page, match: (el: Element) => boolean): Promise<void> {
  const source = `(${match.toString()})`;
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const matched = await page.evaluate((fn) => {
      const el = document.activeElement;
      // eslint-disable-next-line no-eval
      return el ? (0, eval)(fn)(el) : false;
    }, source);
    if (matched) {
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      expect(outline).toBe(true);
      return;
    }
  }
  throw new Error('Tab never reached the expected element');
}
