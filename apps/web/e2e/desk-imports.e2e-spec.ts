import type { Page } from 'playwright-core';
import { apiClient, operatorGql } from './support/api';
import { screenshotDir } from './support/app';
import { axeViolations, openPage, plainSpaces, screenshots, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';
import { windows1252 } from '../../api/test/support/windows-1252';

jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const PASSWORD = 'un mot de passe assez long';
const MODERATOR = 'moderation@hautes-alpes.example';

const HEADER = 'Type;Liste;Position;Parti(s);Site;Commune;Code postal;Nom;Prénom;Téléphone;Courriel;Fait à;Le';
/** Ancelle (05004, 05260) and Aiguilles (05003, 05470), Hautes-Alpes: neither has a list in the demo. */
const signatureFile = (bad: boolean) =>
  windows1252(
    [
      HEADER,
      'Ma liste s’engage;Vivre à Ancelle;1;;;Ancelle;05260;Dupont-Martin;Zoé;06 12 34 56 78;zoe@example.org;Ancelle;02/02/2026',
      `Je m’engage;Vivre à Ancelle;2;;;Ancelle;05260;Lefèvre;Noël;;;Ancelle;${bad ? '31/02/2026' : '03/02/2026'}`,
      `Ma liste s’engage;Aiguilles demain;1;;;${bad ? 'Nullepartville' : 'Aiguilles'};05470;Roux;Marc;;;Aiguilles;04/02/2026`,
      `${bad ? 'peut-être' : 'Je m’engage'};Aiguilles demain;2;;;Aiguilles;05470;Faure;Julie;;;Aiguilles;05/02/2026`,
    ].join('\r\n'),
  );
/** The Ministry's results for Ancelle: the winner's head of list signed, but under another list name (not certain). */
const resultsFile = Buffer.from(
  [
    'Code commune;Libellé commune;Numéro de panneau;Libellé de la liste;Nom tête de liste;Prénom tête de liste;Voix;Sièges au CM;Sièges au CC',
    '05004;Ancelle;1;Ancelle pour tous;DUPONT-MARTIN;Zoé;420;11;2',
    '05004;Ancelle;2;Renouveau;Blanc;Paul;250;4;1',
  ].join('\n'),
);

/**
 * The campaign desk's imports in real Chromium, as a campaign moderator of the Hautes-Alpes (not an administrator;
 * the operator's token only grants the role): a signature file with bad rows is checked and its report names them;
 * the fixed file is checked and confirmed, and the signatories are on the communes' election pages; a results file
 * whose winning list matches a signing list only by its head is imported, its match waits in the desk's queue, the
 * moderator picks the signing list, and Ancelle is committed by it. On a phone's width, in French.
 */
describe('the desk’s imports (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));
  const { guideShot } = screenshots(screenshotDir());

  beforeAll(async () => {
    const gql = apiClient(e2e.site.apiUrl);
    const signedUp = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email: MODERATOR, password: PASSWORD, displayName: 'Modératrice Hautes-Alpes' },
    });
    expect(signedUp.errors).toBeUndefined();
    const id = (signedUp.data as { signUp: { id: string } }).signUp.id;
    await operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN)(
      'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
      { i: { userId: id, role: 'CAMPAIGN_MODERATOR', auditScope: 'DEPARTEMENT', auditScopeCode: '05' } },
    );
  });

  async function signIn(page: Page) {
    await page.goto(`${e2e.site.url}/connexion`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('Adresse électronique').fill(MODERATOR);
    await form.getByLabel(/^Mot de passe$/).fill(PASSWORD);
    await form.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('account-name').waitFor();
  }

  /** Chooses the kind, uploads the file and checks it; returns the report once it shows this file's check. */
  async function check(page: Page, kind: RegExp, name: string, buffer: Buffer) {
    const screen = page.getByTestId('desk-imports');
    await screen.getByLabel(kind).check();
    await screen.getByLabel('Fichier CSV', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer });
    // A new file clears the previous report.
    await screen.getByTestId('import-report').waitFor({ state: 'detached' });
    await screen.getByRole('button', { name: 'Vérifier le fichier' }).click();
    const report = screen.getByTestId('import-report');
    await report.getByRole('heading', { name: 'Résultat de la vérification' }).waitFor();
    return report;
  }

  /** The rows of the report's problem table: line, column, value, why (spaces as plain spaces). */
  async function problemRows(report: ReturnType<Page['getByTestId']>) {
    const rows = await report.locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => (await row.locator('td').allInnerTexts()).map((cell) => plainSpaces(cell).trim())),
    );
  }

  it('checks a signature file, names its bad rows, imports the fixed one, and settles an uncertain match', async () => {
    const moderator = await openPage(e2e.browser, { viewport: { width: 390, height: 844 } });
    const { page } = moderator;
    await signIn(page);
    await page.goto(`${e2e.site.url}/campagne`);
    await page.getByRole('heading', { name: 'Importer' }).waitFor();

    // The file with three bad rows: each named by its line and column, in French; nothing to confirm.
    const bad = await check(page, /Signatures du pacte/, 'signatures.csv', signatureFile(true));
    expect(plainSpaces(await bad.getByRole('alert').innerText())).toContain('rien ne sera enregistré');
    expect(plainSpaces(await bad.getByTestId('import-counts').innerText())).toContain('lignes refusées : 3');
    const rows = await problemRows(bad);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['3', 'Le', '31/02/2026', expect.stringContaining('Date invalide')],
        ['4', 'Commune', 'Nullepartville 05470', 'Commune introuvable dans le référentiel.'],
        ['5', 'Type', 'peut-être', expect.stringContaining('Type de signature inconnu')],
      ]),
    );
    expect(await bad.getByRole('button', { name: 'Importer ce fichier' }).count()).toBe(0);
    // On a phone, the page does not scroll sideways (the table scrolls in its own frame).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await settle(page);
    await guideShot(bad, 'import-verification');
    expect(await axeViolations(page)).toEqual([]);

    // The fixed file: four signatories to create, confirmed by the checked file's hash.
    const good = await check(page, /Signatures du pacte/, 'signatures-corrige.csv', signatureFile(false));
    expect(plainSpaces(await good.getByTestId('import-counts').innerText())).toBe(
      '4 lignes lues — à créer : 4 ; à modifier : 0 ; sans changement : 0 ; lignes refusées : 0.',
    );
    await good.getByRole('button', { name: 'Importer ce fichier' }).click();
    await good.getByRole('button', { name: 'Confirmer' }).click();
    await good.getByRole('heading', { name: 'Import terminé' }).waitFor();
    await good.getByText('Import enregistré.').waitFor();
    expect(plainSpaces(await good.getByTestId('import-counts').innerText())).toContain('créés : 4');

    // The signatories are on the communes' election pages, for anyone.
    const visitor = await openPage(e2e.browser);
    await visitor.page.goto(`${e2e.site.url}/elections/commune/05004`);
    await visitor.page.getByRole('heading', { name: 'Vivre à Ancelle' }).waitFor();
    expect(await visitor.page.locator('main').innerText()).toMatch(/Lefèvre/);
    await visitor.page.goto(`${e2e.site.url}/elections/commune/05003`);
    await visitor.page.getByRole('heading', { name: 'Aiguilles demain' }).waitFor();
    expect(await visitor.page.locator('main').innerText()).toMatch(/Faure/);

    // The results of Ancelle: the winner's head of list signed "Vivre à Ancelle", but the names differ: not guessed.
    const results = await check(page, /Résultats \(ministère\)/, 'resultats-t1-ancelle.csv', resultsFile);
    expect(await page.getByLabel('Tour', { exact: true }).inputValue()).toBe('1');
    const warnings = await problemRows(results);
    expect(warnings).toEqual([
      ['2', 'Libellé de la liste', 'Ancelle pour tous', expect.stringContaining('attend la décision d’un modérateur')],
    ]);
    await results.getByRole('button', { name: 'Importer ce fichier' }).click();
    await results.getByRole('button', { name: 'Confirmer' }).click();
    await results.getByText('Import enregistré.').waitFor();

    // The match waits in the desk's queue; the moderator says it is the signing list.
    const match = page.getByTestId('list-match').filter({ hasText: 'Ancelle' });
    await match.waitFor();
    expect(plainSpaces(await match.innerText())).toContain(
      'Liste du fichier : « Ancelle pour tous », tête de liste Zoé DUPONT-MARTIN, panneau n° 1.',
    );
    await match.getByLabel(/Vivre à Ancelle/).check();
    await match.getByRole('button', { name: /^Accepter le rapprochement/ }).click();
    await match.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByTestId('desk-list-matches').getByText('Décision enregistrée.').waitFor();
    await page.getByTestId('list-match').filter({ hasText: 'Ancelle' }).waitFor({ state: 'detached' });

    // Ancelle is committed, by its signing list's majority.
    await visitor.page.goto(`${e2e.site.url}/collectivite/commune/05004`);
    await visitor.page
      .getByText(
        /La liste signataire «\s?Vivre à Ancelle\s?» \(tête de liste\s?: Zoé Dupont-Martin\) a remporté la majorité/,
      )
      .waitFor();
    for (const opened of [moderator, visitor]) {
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  });
});
