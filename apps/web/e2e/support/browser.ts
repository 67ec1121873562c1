import AxeBuilder from '@axe-core/playwright';
import * as path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type ViewportSize,
} from 'playwright-core';

/** Debian's Chromium, with the flags of the stack notes. Playwright gives every launch a fresh profile directory. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a fresh browser context, with the errors it throws. */
export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Messages of the uncaught errors of the page, in order. */
  errors: string[];
}

/**
 * Opens a page in a fresh context (1280×900 unless told), in French or in English: locale fr-FR or en-GB, and for
 * English the dashboard's stored language choice (`pacte.locale`) set before any script runs. `errors` collects the
 * page's uncaught errors and what the Content-Security-Policy blocked, which every test expects to be empty.
 */
export async function openPage(
  browser: Browser,
  {
    locale = 'fr',
    viewport = { width: 1280, height: 900 },
    storageState,
  }: {
    locale?: 'fr' | 'en';
    viewport?: ViewportSize;
    /** Cookies to start with (e.g. `context.storageState()` of a signed-in context). */
    storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale: locale === 'fr' ? 'fr-FR' : 'en-GB', storageState });
  if (locale === 'en') await context.addInitScript(() => window.localStorage.setItem('pacte.locale', 'en'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

/** Screenshots as PNG files in `dir` (see `screenshotDir`). */
export function screenshots(dir: string) {
  /** One part of a page, as `<name>.png`. */
  const elementShot = (locator: Locator, name: string) => locator.screenshot({ path: path.join(dir, `${name}.png`) });
  return {
    /** The whole page, as `<name>.png`. */
    shot: (page: Page, name: string) => page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true }),
    elementShot,
    /** One part of a page, for the user guide (docs/user-guide/images), as `guide-<name>.png`. */
    guideShot: (locator: Locator, name: string) => elementShot(locator, `guide-${name}`),
  };
}

/** Waits until the page shows no loading indicator and the network is quiet. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: string[];
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules; returns the violations in a readable shape. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

/** French texts put no-break spaces before « : ; ! ? » and inside « » (and Intl in numbers): compare them as spaces. */
export const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
