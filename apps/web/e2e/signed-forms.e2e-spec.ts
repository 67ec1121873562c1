import type { Page } from 'playwright-core';
import { apiClient, operatorGql } from './support/api';
import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

jest.setTimeout(300_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-0123456789';
const PASSWORD = 'un mot de passe assez long';
const MODERATOR = 'moderation-formulaires@campagne.example';

/** A one-page PDF with a valid cross-reference table: the signed form the campaign received by e-mail. */
function signedFormPdf(): Buffer {
  const stream = 'BT /F1 18 Tf 72 770 Td (Pacte du logiciel libre - ma liste s engage) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A signing form entered by hand in real Chromium, by a campaign moderator of the Isère (not an administrator): a
 * LIST form ("ma liste s'engage") for Meylan with its signed PDF. The signature then shows on the commune's election
 * page with the day the signed form was received, for anyone; the PDF itself downloads for the moderator and not for
 * an anonymous visitor.
 */
describe('a signing form with its signed PDF, entered by a moderator (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));

  beforeAll(async () => {
    const gql = apiClient(e2e.site.apiUrl);
    const signedUp = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: { email: MODERATOR, password: PASSWORD, displayName: 'Modérateur Isère' },
    });
    expect(signedUp.errors).toBeUndefined();
    const id = (signedUp.data as { signUp: { id: string } }).signUp.id;
    await operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN)(
      'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
      {
        i: { userId: id, role: 'CAMPAIGN_MODERATOR', auditScope: 'DEPARTEMENT', auditScopeCode: '38' },
      },
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

  it('records the LIST form of Meylan with its PDF; the page shows the day it came; the PDF stays private', async () => {
    const moderator = await openPage(e2e.browser);
    await signIn(moderator.page);
    await moderator.page.goto(`${e2e.site.url}/campagne`);
    const desk = moderator.page.getByTestId('desk-signing-form');
    await desk.getByLabel('Code INSEE de la commune').fill('38229');
    await desk.getByRole('button', { name: 'Chercher la commune' }).click();
    await desk.getByText('Meylan (38229)').waitFor();

    await desk.getByLabel(/^Nouvelle liste/).fill('Meylan en commun');
    await desk.getByLabel('Tête de liste', { exact: true }).fill('Camille Martin');
    await desk.getByRole('button', { name: 'Créer la liste' }).click();
    // The new list is chosen once it exists (selectOption waits for its option).
    await desk.getByLabel('Liste', { exact: true }).selectOption({ label: 'Meylan en commun (Camille Martin)' });
    await desk.getByLabel(/Ma liste s.engage/).check();
    await desk.getByLabel('Nom', { exact: true }).fill('Martin');
    await desk.getByLabel('Prénom', { exact: true }).fill('Camille');
    await desk.getByLabel('Position sur la liste').fill('1');
    await desk.getByLabel(/^Parti\(s\)/).fill('Divers gauche');
    await desk.getByLabel('Site', { exact: true }).fill('https://meylan-en-commun.example');
    await desk.getByLabel('Code postal').fill('38240');
    await desk.getByLabel('Téléphone').fill('04 76 00 00 00');
    await desk.getByLabel('Courriel').fill('camille.martin@meylan-en-commun.example');
    await desk.getByLabel('Fait à').fill('Meylan');
    await desk.getByLabel('Le', { exact: true }).fill('2026-02-10');
    await desk.getByLabel('Formulaire signé (PDF)').setInputFiles({
      name: 'formulaire-signe.pdf',
      mimeType: 'application/pdf',
      buffer: signedFormPdf(),
    });
    await settle(moderator.page);
    expect(await axeViolations(moderator.page)).toEqual([]);
    await desk.getByRole('button', { name: 'Enregistrer le formulaire' }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: 'Formulaire de Camille Martin enregistré, avec le formulaire signé.' })
      .waitFor();

    // Anyone sees the signature on Meylan's election page, with the day its signed form was received.
    const visitor = await openPage(e2e.browser);
    await visitor.page.goto(`${e2e.site.url}/elections/commune/38229`);
    const row = visitor.page.getByRole('row').filter({ hasText: 'Camille Martin' });
    await row.getByText(/formulaire signé reçu le \d{1,2}(er)? \S+ \d{4}/).waitFor();
    expect(await row.innerText()).not.toContain('camille.martin@meylan-en-commun.example');

    // The file: the moderator downloads it; an anonymous visitor cannot.
    const found = await apiClient(e2e.site.apiUrl)(
      `query { collectivity(kind: COMMUNE, code: "38229") { candidateLists { name signatories { id lastName signedFormReceivedOn } } } }`,
    );
    const lists = (
      found.data as {
        collectivity: {
          candidateLists: { name: string; signatories: { id: string; signedFormReceivedOn: string | null }[] }[];
        };
      }
    ).collectivity.candidateLists;
    const signatory = lists.find((l) => l.name === 'Meylan en commun')!.signatories[0];
    expect(signatory.signedFormReceivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const url = `${e2e.site.url}/signatories/${signatory.id}/signed-form`;
    const anonymous = await visitor.page.request.get(url);
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.body()).includes(Buffer.from('%PDF'))).toBe(false);
    const allowed = await moderator.page.request.get(url);
    expect(allowed.status()).toBe(200);
    expect(allowed.headers()['content-type']).toBe('application/pdf');
    expect(allowed.headers()['cache-control']).toBe('private, no-store');
    expect((await allowed.body()).equals(signedFormPdf())).toBe(true);

    expect(moderator.errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
    await moderator.context.close();
    await visitor.context.close();
  });
});
