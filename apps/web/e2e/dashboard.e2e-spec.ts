import type { Page } from 'playwright-core';
import { makeItManagerOf, operatorGql, signedInUserId } from './support/api';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, plainSpaces, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building, a first start with the referential import and eight pages through axe twice take minutes; set here because
// jest ignores a per-project testTimeout when this suite runs as a project of the root config.
jest.setTimeout(300_000);

/** The operator's token of the e2e app: it makes the signed-up user IT manager of Échirolles (grantRole). */
const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const PASSWORD = 'un mot de passe assez long';

/**
 * The dashboard in real Chromium against the app started as the README starts it (fresh embedded database with the
 * demo). The reading flows come first (they check the demo's figures); the editing flows change Échirolles last.
 */
describe('dashboard (Chromium)', () => {
  // Plain http on 127.0.0.1: the session cookie cannot be `Secure` here.
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));
  const { shot, guideShot } = screenshots(screenshotDir());

  it('finds Échirolles by searching "echirolles", opens its page, shows its section progress and its history', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(e2e.site.url);
    await settle(page);
    await page.getByRole('searchbox', { name: 'Rechercher une collectivité' }).fill('echirolles');
    const result = page.getByRole('link', { name: /Échirolles/ });
    await result.waitFor();
    await shot(page, 'search-results-fr');
    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    expect(page.url()).toBe(`${e2e.site.url}/collectivite/commune/38151`);
    expect(await page.getByTestId('section-score-1').innerText()).toMatch(
      /Section 1[\s\S]*25,5\s%[\s\S]*2 actions réalisées sur 11/,
    );
    expect(await page.getByTestId('section-score-3').innerText()).toMatch(/15\s%/);
    expect(await page.getByTestId('overall-progress').innerText()).toMatch(/15,5\s%/);
    expect(await page.getByTestId('action-1.5').innerText()).toMatch(/En cours[\s\S]*70\s%/);
    const history = page.getByTestId('history-entry');
    expect(await history.count()).toBeGreaterThan(5);
    expect(await page.getByRole('region', { name: 'Historique' }).innerText()).toMatch(
      /Action 1\.5\s«\sCommencer par des logiciels libres éprouvés\s»\s:\sen cours\s\(70\s%\)\./,
    );
    // The badge to embed: the API's SVG drawn in the page, and the snippet that links back here.
    await page.getByRole('heading', { level: 2, name: 'Badge à intégrer' }).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('[data-testid=badge-image]')?.complete);
    expect(await page.getByTestId('badge-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(330);
    expect(await page.getByRole('textbox', { name: 'Code HTML à copier' }).inputValue()).toBe(
      `<a href="${e2e.site.url}/collectivite/commune/38151"><img src="${e2e.site.url}/badges/38151.svg" ` +
        `alt="Pacte du Logiciel Libre\u00a0: où en est Échirolles" width="330" height="52"></a>`,
    );
    const svg = await (await fetch(`${e2e.site.url}/badges/38151.svg`)).text();
    // The demo's badge says it is the demo (issue 14), with the count of actions done.
    expect(svg).toContain('[Démo] Pacte du Logiciel Libre — 3 / 31');
    expect(svg).toContain('3 / 31 actions réalisées');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does the same with the keyboard only', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(e2e.site.url);
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
    await tabUntil(page, (el) => el.textContent === 'Listes candidates, signataires et élu·es');
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
    { name: 'sign-in', path: '/connexion', ready: (p) => p.getByTestId('sign-up-form').waitFor() },
    { name: 'forgot-password', path: '/mot-de-passe-oublie', ready: (p) => p.locator('form').waitFor() },
    // Without a token the reset page explains the link is incomplete (account.e2e-spec.ts opens a real link).
    {
      name: 'reset-password-no-token',
      path: '/reinitialiser-mot-de-passe',
      ready: (p) => p.locator('.notice').waitFor(),
    },
    { name: 'account-signed-out', path: '/mon-compte', ready: (p) => p.locator('main a[href="/connexion"]').waitFor() },
  ];

  for (const locale of ['fr', 'en'] as const) {
    it(`every page passes axe (WCAG 2.1 A and AA) in ${locale === 'fr' ? 'French' : 'English'}, with <html lang="${locale}">`, async () => {
      const { context, page, errors } = await openPage(e2e.browser, { locale });
      const found: Record<string, unknown> = {};
      for (const p of pages) {
        await page.goto(`${e2e.site.url}${p.path}`);
        await p.ready(page);
        await settle(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        await shot(page, `${p.name}-${locale}`);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[p.name] = violations;
      }
      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('tells the visitor, in both languages, when its first chunks cannot load, and reloads when asked', async () => {
    const { context, page } = await openPage(e2e.browser);
    // As when a release replaced the chunks an open page asks for, or the connection dropped.
    await page.route('**/assets/messages.*.js', (route) => route.abort());
    await page.goto(e2e.site.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(plainSpaces(await alert.innerText())).toMatch(
      /Le tableau de bord n’a pas pu se charger.*The dashboard could not load/s,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.unroute('**/assets/messages.*.js');
    await page.getByRole('button', { name: 'Recharger la page' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('has a working axe check: an image without text alternative injected in a page is reported', async () => {
    const { context, page } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/nulle-part`);
    await settle(page);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')!.append(img);
    });
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await context.close();
  });

  it('enforces its Content-Security-Policy, and the tests see what it blocks: a script or an image from elsewhere', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/nulle-part`);
    await settle(page);
    const ran = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.alt = 'ailleurs';
      img.src = 'https://images.example.org/pixel.png';
      document.querySelector('main')!.append(img);
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect(errors.join('\n')).toMatch(/img-src/);
    expect(errors.join('\n')).toMatch(/script-src/);
    await context.close();
  });

  it('is usable on a phone: no horizontal scrolling on any page', async () => {
    const { context, page } = await openPage(e2e.browser, { viewport: { width: 375, height: 740 } });
    for (const p of pages) {
      await page.goto(`${e2e.site.url}${p.path}`);
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

  /** Makes the user signed in on `page` IT manager of Échirolles, with an inventory; returns Échirolles' id. */
  async function makeItManagerOfEchirolles(page: Page): Promise<string> {
    const collectivityId = await makeItManagerOf(e2e.site, page, '38151', ADMIN_API_TOKEN);
    const operator = operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN);
    // An inventory for the migration charts and the label readiness (the demo has none).
    for (const item of [
      {
        category: 'OFFICE_SUITE',
        productName: 'Microsoft Office 2019',
        productIsFree: false,
        seats: 300,
        stage: 'PILOT',
      },
      { category: 'WORKSTATION_OS', productName: 'Windows 10', productIsFree: false, seats: 280, stage: 'INVENTORY' },
      { category: 'SERVER_OS', productName: 'Debian', productIsFree: true, seats: 12 },
    ]) {
      await operator('mutation($i: AddInventoryItemInput!) { addInventoryItem(input: $i) { id } }', {
        i: { ...item, collectivityId },
      });
    }
    return collectivityId;
  }

  it('signs up, becomes IT manager of Échirolles, marks an action done with evidence and sees the progress and history change', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await settle(page);
    await page.getByRole('link', { name: 'Se connecter' }).first().click();
    const signUp = page.getByTestId('sign-up-form');
    await signUp.waitFor();
    await signUp.getByLabel('Nom affiché').fill('Dominique, DSI');
    await signUp.getByLabel('Adresse électronique').fill('dsi@echirolles.example');
    await signUp.getByLabel('Mot de passe').fill('court');
    expect(await signUp.getByText('Le mot de passe doit compter au moins 10 caractères.').count()).toBe(1);
    await signUp.getByLabel('Mot de passe').fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    // Back on the page the user came from, signed in, and offered to request a role.
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    expect(plainSpaces(await page.getByTestId('account-name').innerText())).toBe('Connecté·e : Dominique, DSI');
    await page.getByRole('heading', { name: 'Contribuer au suivi de cette collectivité' }).waitFor();
    await settle(page);
    await shot(page, 'role-request-fr');
    await guideShot(page.locator('.role-request'), 'demande-de-role');
    await guideShot(page.locator('.site-header'), 'en-tete-connecte');
    expect(await axeViolations(page)).toEqual([]);

    const collectivityId = await makeItManagerOfEchirolles(page);
    await page.reload();
    await settle(page);
    // The inventory, its figures and the label readiness, marked as a self-assessment, with the files to download.
    await page.getByTestId('inventory-figures').waitFor();
    expect(await page.getByTestId('inventory-figures').innerText()).toMatch(/serveurs sous GNU\/Linux\s*100\s%/);
    expect(await page.getByRole('table', { name: /Suite bureautique/ }).count()).toBe(1);
    expect(await page.getByTestId('label-readiness').innerText()).toMatch(/\(auto-évaluation\)[\s\S]*Auto-évaluation/);
    for (const name of [/OpenDocument/, /Markdown/, /flux Atom/]) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect(href).toContain(collectivityId);
      expect((await fetch(`${e2e.site.url}${href}`)).status).toBe(200);
    }
    await shot(page, 'migration-label-fr');
    await guideShot(page.getByTestId('label-readiness').locator('.table-scroll').first(), 'label');
    await guideShot(page.getByTestId('inventory-figures'), 'inventaire-chiffres');
    await guideShot(page.locator('section[aria-labelledby="inventory-heading"] .chart-figure').first(), 'inventaire');
    await page.getByTestId('my-roles').waitFor();
    expect(await page.getByTestId('my-roles').innerText()).toContain('DSI (responsable informatique)');
    const before = await page.getByTestId('section-score-1').innerText();

    const editor = page.getByTestId('edit-1.5');
    await editor.locator('summary').click();
    const evidence = editor.getByRole('form', { name: 'Ajouter une preuve' });
    await evidence.getByLabel('Type de preuve').selectOption('DOCUMENT');
    await evidence.getByLabel('Titre').fill('Bilan du déploiement de LibreOffice');
    await evidence.getByLabel('Fichier (facultatif)').setInputFiles({
      name: 'bilan.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await evidence.getByRole('button', { name: 'Ajouter la preuve' }).click();
    await evidence.getByText('Enregistré.').waitFor();
    await page
      .getByTestId('action-1.5')
      .getByRole('link', { name: /fichier PNG/ })
      .waitFor();

    const status = editor.getByRole('form', { name: 'Statut et avancement' });
    await status.getByLabel('Statut').selectOption('DONE');
    await status.getByLabel(/Avancement en %/).fill('');
    await shot(page, 'edit-action-fr');
    await guideShot(page.getByTestId('action-1.5'), 'modifier-action');
    expect(await axeViolations(page)).toEqual([]);
    await status.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await status.getByText('Enregistré.').waitFor();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="section-score-1"]')?.textContent !== text,
      before.replace(/\n/g, ''),
    );
    await settle(page);
    expect(await page.getByTestId('section-score-1').innerText()).toMatch(/3 actions réalisées sur 11/);
    expect(await page.getByTestId('action-1.5').innerText()).toMatch(/Réalisée[\s\S]*100\s%/);
    const history = await historyShowing(page, /Action 1\.5 .*→ réalisée/);
    expect(history).toMatch(/Action 1\.5 « .+ » : en cours → réalisée \(100 %\)\./);
    expect(history).toMatch(/Preuve ajoutée \(.+\) : « Bilan du déploiement de LibreOffice »/);
    await shot(page, 'edited-history-fr');
    await guideShot(page.getByTestId('section-score-1'), 'avancement-section');
    await guideShot(page.getByRole('region', { name: 'Historique' }).locator('.timeline-entry').first(), 'historique');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does the same with the keyboard only: signs in, opens Échirolles, adds evidence and marks an action done', async () => {
    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(e2e.site.url);
    await settle(page);
    await tabUntil(page, (el) => el.textContent === 'Se connecter' && el.tagName === 'A');
    await page.keyboard.press('Enter');
    await page.getByTestId('sign-in-form').waitFor();
    await tabUntil(page, (el) => el.getAttribute('autocomplete') === 'email');
    await page.keyboard.type('dsi@echirolles.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('account-name').waitFor();
    await settle(page);
    await tabUntil(page, (el) => el.getAttribute('type') === 'search');
    await page.keyboard.type('echirolles');
    await page.getByRole('link', { name: /Échirolles/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Échirolles' }).waitFor();
    await settle(page);
    const before = await page.getByTestId('section-score-1').innerText();
    const doneBefore = Number(/(\d+) actions réalisées/.exec(before)![1]);

    // The bar of the page's sections leads to the checklist; from there, Tab goes on from the checklist's heading.
    await tabUntil(
      page,
      (el) => el.closest('nav[aria-label="Sur cette page"]') !== null && el.textContent === 'Actions',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#checklist-heading');
    // The editor of action 1.2 is a disclosure: Enter opens it, Tab goes through its fields.
    await tabUntil(page, (el) => el.tagName === 'SUMMARY' && (el.textContent ?? '').includes('action 1.2 '));
    await page.keyboard.press('Enter');
    // The forms mount once the disclosure is open: on a loaded machine, Tab pressed before would pass them by.
    await page.getByTestId('edit-1.2').getByRole('form', { name: 'Ajouter une preuve' }).waitFor();
    await tabUntil(
      page,
      (el) => el.closest('form[aria-label="Ajouter une preuve"]') !== null && el.tagName === 'INPUT',
    );
    await page.keyboard.type('Marché public avec clause logiciel libre');
    await tabUntil(
      page,
      (el) => el.closest('form[aria-label="Ajouter une preuve"]') !== null && el.tagName === 'BUTTON',
    );
    await page.keyboard.press('Enter');
    await page
      .getByTestId('edit-1.2')
      .getByRole('form', { name: 'Ajouter une preuve' })
      .getByText('Enregistré.')
      .waitFor();

    // Back to the status: Shift+Tab up to the status field (through the 31 boxes of "Actions concernées"), "r" chooses
    // "Réalisée", Enter saves.
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const onStatus = await page.evaluate(
        () =>
          document.activeElement?.tagName === 'SELECT' &&
          document.activeElement.closest('form[aria-label="Statut et avancement"]') !== null,
      );
      if (onStatus) break;
    }
    await page.keyboard.press('r');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('DONE');
    await tabUntil(
      page,
      (el) => el.closest('form[aria-label="Statut et avancement"]') !== null && el.tagName === 'BUTTON',
    );
    await page.keyboard.press('Enter');
    await page
      .getByTestId('edit-1.2')
      .getByRole('form', { name: 'Statut et avancement' })
      .getByText('Enregistré.')
      .waitFor();
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="section-score-1"]')?.textContent?.includes(`${n} actions réalisées`) ??
        false,
      doneBefore + 1,
    );
    await settle(page);
    const history = await historyShowing(page, /Action 1\.2 .*réalisée/);
    expect(history).toMatch(/Action 1\.2 « .+ » : (.* → )?réalisée \(100 %\)\./);
    expect(history).toMatch(/Preuve ajoutée \(.+\) : « Marché public avec clause logiciel libre »/);
    // Focus stayed in the form through the reload.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="edit-1.2"]') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets an auditor (in English) record a verdict, shown beside the declared status, with audited scores beside the declared ones', async () => {
    const { context, page, errors } = await openPage(e2e.browser, { locale: 'en' });
    await page.goto(`${e2e.site.url}/connexion`);
    const signUp = page.getByTestId('sign-up-form');
    await signUp.getByLabel('Display name').fill('Auditrice');
    await signUp.getByLabel('E-mail address').fill('audit@association.example');
    await signUp.getByLabel('Password').fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Create my account' }).click();
    await page.getByTestId('account-name').waitFor();
    const userId = await signedInUserId(page);
    const { grantRole } = await operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN)<{ grantRole: { status: string } }>(
      'mutation($i: GrantRoleInput!) { grantRole(input: $i) { status } }',
      { i: { userId, role: 'AUDITOR', auditScope: 'NATIONAL' } },
    );
    expect(grantRole.status).toBe('ACTIVE');

    await page.goto(`${e2e.site.url}/collectivite/commune/38151`);
    await settle(page);
    const editor = page.getByTestId('edit-1.7');
    await editor.locator('summary').click();
    const form = editor.getByRole('form', { name: 'Record an assessment' });
    await form.getByRole('button', { name: 'Record the assessment' }).click();
    await form.getByText('This field is required.').waitFor();
    await form.getByLabel('Verdict').selectOption('PARTIAL');
    await form.getByLabel('Justification').fill('Only the town hall runs it.');
    await form.getByLabel('Association (optional)').fill('April');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Record the assessment' }).click();
    await page.getByTestId('assessments-1.7').waitFor();
    expect(await page.getByTestId('assessments-1.7').innerText()).toMatch(/Partial by April/);
    // The declared status stays as declared.
    expect(await page.getByTestId('action-1.7').locator('.status').innerText()).toBe('Done');
    await page.getByTestId('audited-scores').waitFor();
    // One PARTIAL verdict on the same base as the declared score: 0.5 / 11 actions of section 1, not 50 %.
    expect(await page.getByTestId('audited-score-1').innerText()).toMatch(/\t4\.5\s?%.*\t1 of 11/s);
    expect(await page.getByTestId('audited-coverage').innerText()).toBe('1 action audited out of 31');
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'assessment-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * The history's text (French no-break spaces read as spaces) once an entry matches `change`: the history is a query of
 * its own, which can answer after the scores that a test waits for.
 */
async function historyShowing(page: Page, change: RegExp): Promise<string> {
  const region = page.getByRole('region', { name: 'Historique' });
  await region.getByText(change).first().waitFor();
  return (await region.innerText()).replace(/[\u00a0\u202f]/g, ' ');
}

/** Presses Tab until the focused element matches (at most 250 times), and checks that its focus is visible. */
async function tabUntil(page: Page, match: (el: Element) => boolean): Promise<void> {
  const source = `(${match.toString()})`;
  // The page has many stops for a member (each table's scroll box, "Modifier" and "Retirer" under each record, the
  // "lien" of each action and the open-data links).
  for (let i = 0; i < 250; i += 1) {
    await page.keyboard.press('Tab');
    const matched = await page.evaluate((fn) => {
      const el = document.activeElement;
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
