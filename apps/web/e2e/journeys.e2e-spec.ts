import type { BrowserContext, Page } from 'playwright-core';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// A fresh start, four journeys, each page at two widths and in two languages through axe: minutes on a small machine.
jest.setTimeout(600_000);

type Locale = 'fr' | 'en';
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The passes every page of a journey goes through: a desk screen in French, a phone in French and in English. */
const PASSES = [
  { name: 'desk-fr', locale: 'fr', viewport: { width: 1280, height: 900 } },
  { name: 'phone-fr', locale: 'fr', viewport: { width: 390, height: 844 } },
  { name: 'phone-en', locale: 'en', viewport: { width: 390, height: 844 } },
] as const satisfies readonly { name: string; locale: Locale; viewport: { width: number; height: number } }[];

/** The demo accounts `npm start` prints a one-time sign-in link for (apps/api/src/modules/demo/demo-accounts.ts). */
const DEMO_LABELS = {
  elected: 'elected official of Échirolles',
  itManager: 'IT manager of Échirolles',
  auditor: 'auditor (national)',
  moderator: 'campaign moderator (national)',
} as const;

/**
 * What a person must never read on a page: the code's names for things (ELECTED_OFFICIAL, NOT_STARTED,
 * progressOverride, fileSha256, "(Assessment)"). Product names in camel case (LibreOffice, OnlyOffice) start with a
 * capital and do not match. Text set as `<code>` (the open-data page's columns and values) is left out.
 */
const CODE_NAMES = [
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/,
  /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/,
  /\((?:ActionProgress|Assessment|CandidateList|Commitment|Evidence|InventoryItem|Milestone|RoleGrant|Signatory)\)/,
];

/**
 * The four journeys of issue 15 (a visitor, an elected official, an IT manager, an association's auditor) and the
 * campaign moderator's desk, from a fresh start of the app as the README starts it (embedded database, demo, a random
 * non-default port), signed in with the one-time links `npm start` prints for the demo accounts. On every page, at
 * 1280 px and at 390 px, in French and in English: no sideways scrolling, no code name in the visible text, every link
 * of the page answering 200, axe clean; signed in at 1280 px, the header holds on one line.
 */
describe('four journeys from a fresh start, with the demo accounts (Chromium, 1280 px and 390 px, French and English)', () => {
  const e2e = useSiteAndBrowser(() => ({ SECURE_COOKIES: 'false' }), { fresh: true });
  const { shot } = screenshots(screenshotDir());
  /** Links already fetched, with their status: each link is checked once, whatever the page it appears on. */
  const checkedLinks = new Map<string, number>();

  /** The one-time sign-in link `npm start` printed for a demo account. */
  async function demoLink(label: string): Promise<string> {
    const pattern = new RegExp(`${label.replace(/[()]/g, '\\$&')}: (http://\\S+/auth/demo/[A-Za-z0-9_-]+)`);
    for (let i = 0; i < 100; i++) {
      const match = pattern.exec(e2e.site.output());
      if (match) return match[1];
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no sign-in link for "${label}" in the app's output:\n${e2e.site.output()}`);
  }

  /** Opens a demo account's link in a fresh context and returns its cookies, to open the journey's pages with. */
  async function signInAs(account: keyof typeof DEMO_LABELS): Promise<StorageState> {
    const link = await demoLink(DEMO_LABELS[account]);
    expect(new URL(link).port).not.toBe('3000');
    const { context, page } = await openPage(e2e.browser);
    await page.goto(link);
    await page.getByTestId('account-name').waitFor();
    expect(new URL(page.url()).pathname).toBe('/mon-compte');
    const state = await context.storageState();
    await context.close();
    return state;
  }

  /** The checks every page gets, in the pass it is seen in. */
  async function checkPage(page: Page, journey: string, pass: (typeof PASSES)[number], signedIn: boolean) {
    await settle(page);
    const where = `${journey} ${new URL(page.url()).pathname} (${pass.name})`;
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const widest =
      overflow > 0
        ? await page.evaluate(() =>
            [...document.querySelectorAll('main *')]
              .filter(
                (el) =>
                  el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 &&
                  !el.parentElement?.closest('.table-scroll'),
              )
              .slice(0, 6)
              .map(
                (el) =>
                  `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${(el.getAttribute('name') ?? el.getAttribute('aria-label') ?? '').slice(0, 30)}]@${Math.round(el.getBoundingClientRect().left)}-${Math.round(el.getBoundingClientRect().right)}`,
              ),
          )
        : [];
    expect({ where, overflow, widest }).toEqual({ where, overflow: 0, widest: [] });

    // Text set as code (a column of a data file, a value to put in a URL) is documentation: it is meant literally.
    const text = await page.evaluate(() =>
      [...document.querySelectorAll('code')].reduce(
        (rest, code) => rest.replace(code.innerText, ''),
        document.body.innerText,
      ),
    );
    for (const pattern of CODE_NAMES) {
      const found = pattern.exec(text)?.[0] ?? null;
      expect({ where, codeName: found }).toEqual({ where, codeName: null });
    }

    if (signedIn && pass.viewport.width >= 1280) {
      // The header holds its two rows: the brand, the account and the language on one; every menu item on the other.
      const rows = await page.evaluate(() => {
        const rowsOf = (selector: string) => {
          const parts = [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
          return Math.max(...parts.map((r) => r.top)) < Math.min(...parts.map((r) => r.bottom)) ? 1 : 2;
        };
        return rowsOf('.header-top > *') + rowsOf('.site-nav li');
      });
      expect({ where, headerRows: rows }).toEqual({ where, headerRows: 2 });
    }

    const origin = new URL(e2e.site.url).origin;
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    );
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      url.hash = '';
      // Sign-in links are once only and sign-out ends the session: the journey follows those, not this check.
      if (/^\/auth\//.test(url.pathname)) continue;
      const key = `${signedIn}:${url.href}`;
      if (!checkedLinks.has(key)) {
        const response = await fetch(url, { redirect: 'manual', headers: signedIn ? { cookie } : {} });
        checkedLinks.set(key, response.status);
      }
      expect({ where, link: url.href, status: checkedLinks.get(key) }).toEqual({ where, link: url.href, status: 200 });
    }

    // axe in both languages: French at 1280 px, English at 390 px (the French phone pass would repeat the first).
    if (pass.name !== 'phone-fr') expect({ where, axe: await axeViolations(page) }).toEqual({ where, axe: [] });
  }

  /**
   * Runs `steps` once per pass in a fresh context (signed in with `state` when given), checking each page it reaches;
   * `steps` calls `visit` for each page of the journey.
   */
  async function journey(
    name: string,
    state: StorageState | undefined,
    steps: (page: Page, visit: (path: string) => Promise<void>, pass: (typeof PASSES)[number]) => Promise<void>,
  ) {
    for (const pass of PASSES) {
      const { context, page, errors } = await openPage(e2e.browser, {
        locale: pass.locale,
        viewport: pass.viewport,
        storageState: state,
      });
      const visit = async (path: string) => {
        await page.goto(`${e2e.site.url}${path}`);
        await page.locator('h1').first().waitFor();
        await checkPage(page, name, pass, state !== undefined);
      };
      await steps(page, visit, pass);
      await shot(page, `journey-${name}-${pass.name}`);
      expect({ journey: name, pass: pass.name, errors }).toEqual({ journey: name, pass: pass.name, errors: [] });
      await context.close();
    }
  }

  it('serves the dashboard on the random port it printed, with a sign-in link per demo account', async () => {
    expect(new URL(e2e.site.url).port).not.toBe('3000');
    for (const label of Object.values(DEMO_LABELS)) {
      expect(new URL(await demoLink(label)).origin).toBe(new URL(e2e.site.apiUrl).origin);
    }
  });

  it('a visitor reads the overview, searches, opens a collectivity, its election, the committed list and the open data', async () => {
    await journey('visitor', undefined, async (page, visit, pass) => {
      await visit('/');
      await visit('/recherche?q=echirolles');
      await page
        .getByRole('link', { name: /Échirolles/ })
        .first()
        .waitFor();
      await visit('/collectivite/commune/38151');
      await page.getByTestId('section-score-1').waitFor();
      // A long page: the bar of its sections stays on screen and leads to each; the checklist folds by section.
      const sections = page.getByRole('navigation', { name: pass.locale === 'fr' ? 'Sur cette page' : 'On this page' });
      await sections.getByRole('link', { name: 'Actions' }).click();
      await page.waitForFunction(() => {
        const heading = document.getElementById('checklist-heading')!.getBoundingClientRect();
        return heading.top >= 0 && heading.top < window.innerHeight / 2;
      });
      const bar = await sections.boundingBox();
      expect(bar?.y).toBe(0);
      expect(await page.getByTestId('action-1.1').isVisible()).toBe(true);
      await page.locator('#checklist-section-1').click();
      expect(await page.getByTestId('action-1.1').isVisible()).toBe(false);
      await page.locator('#checklist-section-1').click();
      expect(await page.getByTestId('action-1.1').isVisible()).toBe(true);
      await visit('/elections/commune/38151');
      expect(await page.getByRole('main').innerText()).toContain('[Démo] Échirolles libre et solidaire');
      await visit('/collectivites-engagees');
      await page.getByRole('link', { name: 'Échirolles' }).first().waitFor();
      await visit('/donnees-ouvertes');
      await visit('/connexion');
      // A visitor is offered to sign in, never an editor.
      await visit('/collectivite/commune/38151');
      expect(await page.getByTestId('edit-1.2').count()).toBe(0);
      expect(
        await page.getByRole('link', { name: pass.locale === 'fr' ? 'Se connecter' : 'Sign in' }).count(),
      ).toBeGreaterThan(0);
    });
  });

  it('an elected official sees where the pledge stands, what remains, and the label readiness, and self-assesses section 1', async () => {
    const state = await signInAs('elected');
    await journey('elected', state, async (page, visit, pass) => {
      await visit('/mon-compte');
      expect(await page.getByRole('main').innerText()).toContain('Échirolles');
      await visit('/collectivite/commune/38151');
      await page.getByTestId('overall-progress').waitFor();
      await page.getByTestId('label-readiness').waitFor();
      await page.getByTestId('edit-1.2').waitFor();
      // The pact's commitments are its sections: the official says section 1 is kept, in their own words.
      const editor = page.getByTestId('self-assess-1');
      await editor.locator('summary').click();
      const form = editor.getByRole('form');
      await form.locator('select').selectOption('KEPT');
      await form.locator('textarea').fill(`Postes et serveurs sous GNU/Linux (${pass.name}).`);
      await form.getByRole('button').last().click();
      await page.getByTestId('section-self-1').getByText(`(${pass.name})`, { exact: false }).waitFor();
      await page
        .getByTestId('section-self-1')
        .getByText(pass.locale === 'fr' ? 'Tenu' : 'Kept', { exact: true })
        .waitFor();
      await checkPage(page, 'elected', pass, true);
    });
  });

  it('an IT manager records an action done and reads it in the history', async () => {
    const state = await signInAs('itManager');
    const codes = ['1.2', '1.3', '1.4'];
    await journey('it-manager', state, async (page, visit, pass) => {
      const code = codes[PASSES.findIndex((p) => p.name === pass.name)];
      await visit('/collectivite/commune/38151');
      const editor = page.getByTestId(`edit-${code}`);
      await editor.locator('summary').click();
      const form = editor.getByRole('form', { name: pass.locale === 'fr' ? 'Statut et avancement' : /Status/ });
      await form.locator('select').first().selectOption('DONE');
      await form.getByRole('button').last().click();
      await form.getByText(pass.locale === 'fr' ? 'Enregistré.' : 'Saved.').waitFor();
      await page
        .getByTestId(`action-${code}`)
        .getByText(pass.locale === 'fr' ? 'Réalisée' : 'Done')
        .first()
        .waitFor();
      await checkPage(page, 'it-manager', pass, true);
      const region = page.getByRole('region', { name: pass.locale === 'fr' ? 'Historique' : 'History' });
      // The history is asked again after the change (lib/graphql/cache.ts invalidates it): waited for, as a reader
      // would, rather than read at once (a CI run on a loaded machine read it before the new answer came).
      await region.getByText(`Action ${code}`).first().waitFor();
      const history = (await region.innerText()).replace(/[\u00a0\u202f]/g, ' ');
      expect(history).toContain(`${pass.locale === 'fr' ? 'Action' : 'Action'} ${code}`);
      await visit('/mon-compte');
    });
  });

  it('an association auditor records a verdict beside the declared status', async () => {
    const state = await signInAs('auditor');
    const codes = ['1.7', '2.1', '3.1'];
    await journey('auditor', state, async (page, visit, pass) => {
      const code = codes[PASSES.findIndex((p) => p.name === pass.name)];
      await visit('/collectivite/commune/38151');
      const editor = page.getByTestId(`edit-${code}`);
      await editor.locator('summary').click();
      const form = editor.getByRole('form', {
        name: pass.locale === 'fr' ? 'Enregistrer une évaluation' : 'Record an assessment',
      });
      await form.getByLabel('Verdict').selectOption('PARTIAL');
      await form.getByLabel(pass.locale === 'fr' ? 'Justification' : 'Justification').fill('Vu en conseil municipal.');
      await form.getByRole('button').last().click();
      await page.getByTestId(`assessments-${code}`).waitFor();
      await page.getByTestId('audited-scores').waitFor();
      // A verdict on section 1 as a whole, shown beside the collectivity's own word on it.
      const sectionEditor = page.getByTestId('assess-section-1');
      await sectionEditor.locator('summary').click();
      const sectionForm = sectionEditor.getByRole('form');
      await sectionForm.getByLabel('Verdict').selectOption(pass.name === 'phone-en' ? 'KEPT' : 'PARTIAL');
      await sectionForm.getByLabel('Justification').fill(`Parc vérifié sur place (${pass.name}).`);
      await sectionForm.getByRole('button').last().click();
      await page.getByTestId('section-verdicts-1').getByText(`(${pass.name})`, { exact: false }).waitFor();
      const verdict = pass.name === 'phone-en' ? 'Kept' : pass.locale === 'fr' ? 'Partiel' : 'Partial';
      await page.getByTestId('section-verdict-1').getByText(verdict, { exact: true }).waitFor();
      expect(await page.getByTestId('section-self-1').innerText()).toContain('Postes et serveurs sous GNU/Linux');
      await checkPage(page, 'auditor', pass, true);
    });
  });

  it('a campaign moderator opens the desk from the header', async () => {
    const state = await signInAs('moderator');
    await journey('moderator', state, async (page, visit, pass) => {
      await visit('/');
      await page
        .getByRole('link', { name: pass.locale === 'fr' ? 'Campagne' : 'Campaign', exact: true })
        .first()
        .click();
      await page.locator('h1').first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/campagne');
      await checkPage(page, 'moderator', pass, true);
    });
  });
});
