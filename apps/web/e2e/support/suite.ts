import type { Browser } from 'playwright-core';
import { ensureBuilt, startSite, type RunningSite } from './app';
import { launchChromium } from './browser';

/** The app and Chromium shared by the tests of one `describe` block, readable once its first hook has run. */
export interface SiteAndBrowser {
  readonly site: RunningSite;
  readonly browser: Browser;
}

/**
 * Registers the hooks of the enclosing `describe` block: before its tests, builds the app if needed, starts it with
 * the variables `env` returns (`env` may first start what the app talks to; on a copy of the run's seed data unless
 * `fresh`, see `startSite`) and launches Chromium; after them, closes Chromium and stops the app. The block's own `beforeAll` and `afterAll` hooks, declared after the call, run after these.
 */
export function useSiteAndBrowser(
  env: () => Record<string, string> | Promise<Record<string, string>> = () => ({}),
  options: { fresh?: boolean } = {},
): SiteAndBrowser {
  let site: RunningSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureBuilt();
    site = await startSite(await env(), options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the app and Chromium are not started yet (read them in tests and hooks)');
    return value;
  };
  return {
    get site() {
      return started(site);
    },
    get browser() {
      return started(browser);
    },
  };
}
