import { operatorGql, signedInUserId } from './support/api';
import { axeViolations, openPage, settle } from './support/browser';
import { useSiteAndBrowser } from './support/suite';

// Building, a first start with the referential import, and seven forms filled in Chromium take minutes.
jest.setTimeout(400_000);

const ADMIN_API_TOKEN = 'e2e-operator-token-label-0123456789abc';
const PASSWORD = 'un mot de passe assez long';

/**
 * Statuses that meet 4 criteria of strategy and pooling, 3 of good practices, 3 of free software and 3 of
 * communication, and none of data management, whose criteria no pact action covers: the Badge. What is not the point
 * of the test (the statuses, the collectivity, the role) is seeded through the API; every piece of evidence that
 * takes the collectivity to Bronze, Argent and Or is filed through the dashboard.
 */
const SEEDED: [string, string][] = [
  ['1.1', 'DONE'],
  ['1.2', 'DONE'],
  ['1.3', 'IN_PROGRESS'],
  ['1.10', 'DONE'],
  ['1.5', 'DONE'],
  ['1.4', 'IN_PROGRESS'],
  ['1.11', 'DONE'],
  ['1.7', 'DONE'],
  ['1.6', 'DONE'],
  ['2.7', 'IN_PROGRESS'],
  ['2.1', 'DONE'],
  ['2.2', 'DONE'],
  ['3.1', 'DONE'],
];

describe('Territoire Numérique Libre readiness through the dashboard (Chromium)', () => {
  const e2e = useSiteAndBrowser(() => ({ ADMIN_API_TOKEN, SECURE_COOKIES: 'false' }));

  it('an IT manager files evidence under criteria and takes a syndicat from the Badge to Bronze, Argent and Or', async () => {
    const operator = operatorGql(e2e.site.apiUrl, ADMIN_API_TOKEN);
    const siren = `9${String(Date.now()).slice(-8)}`;
    const { createCollectivity } = await operator<{ createCollectivity: { id: string } }>(
      'mutation($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }',
      {
        input: {
          kind: 'SYNDICAT',
          siren,
          name: `Syndicat du label ${siren}`,
          departementCode: '38',
          population: 12000,
        },
      },
    );
    const collectivityId = createCollectivity.id;
    const { createCommitment } = await operator<{ createCommitment: { id: string } }>(
      'mutation($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }',
      {
        input: {
          collectivityId,
          source: 'COUNCIL_DELIBERATION',
          deliberationNumber: 'D-2026-12',
          deliberationDate: '2026-05-12',
        },
      },
    );
    for (const [actionCode, status] of SEEDED) {
      await operator(
        'mutation($input: UpdateActionProgressInput!) { updateActionProgress(input: $input) { status } }',
        {
          input: { commitmentId: createCommitment.id, actionCode, status },
        },
      );
    }

    const { context, page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.site.url}/connexion`);
    const signUp = page.getByTestId('sign-up-form');
    await signUp.getByLabel('Nom affiché').fill('Dominique, DSI du syndicat');
    await signUp.getByLabel('Adresse électronique').fill(`dsi-label-${siren}@syndicat.example`);
    await signUp.getByLabel('Mot de passe').fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByTestId('account-name').waitFor();
    const userId = await signedInUserId(page);
    await operator('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
      i: { userId, role: 'IT_MANAGER', collectivityId },
    });

    await page.goto(`${e2e.site.url}/collectivite/syndicat/${siren}`);
    await page.getByRole('heading', { level: 1, name: `Syndicat du label ${siren}` }).waitFor();
    await settle(page);
    const readiness = page.getByTestId('label-readiness');
    const estimate = readiness.getByTestId('readiness-estimate');
    await estimate.waitFor();
    expect(await estimate.innerText()).toMatch(/le Badge \(l’entrée dans la démarche/);
    // The criteria that only evidence filed under them meets, and that have none, are named.
    const lacking = await readiness.getByTestId('criteria-lacking-evidence').innerText();
    for (const name of ['Données ouvertes publiées', 'Réversibilité et propriété des données dans les marchés']) {
      expect(lacking).toContain(name);
    }

    const panel = readiness.getByTestId('criterion-evidence');
    await panel.locator('summary').click();
    const form = panel.getByRole('form', { name: 'Joindre une preuve à un critère du label' });
    expect(await axeViolations(page)).toEqual([]);

    /** Files one piece of evidence under `criterion` through the form, and waits for the criterion to be met. */
    async function file(criterionId: string, criterion: string, kind: string, title: string) {
      await form.getByLabel('Critère').selectOption({ label: criterion });
      await form.getByLabel('Type de preuve').selectOption({ label: kind });
      await form.getByLabel('Titre').fill(title);
      await form.getByLabel('Date').fill('2026-11-02');
      await form.getByLabel(/^Adresse web/).fill(`https://donnees.example.org/${criterionId.toLowerCase()}`);
      await form.getByRole('button', { name: 'Joindre la preuve' }).click();
      await readiness.getByRole('link', { name: title }).waitFor();
      await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="criterion-${id}"]`)?.textContent?.startsWith('Rempli'),
        criterionId,
      );
    }

    await file('DM-OPEN-DATA', 'Données ouvertes publiées', 'Service en fonctionnement', 'Portail de données');
    await file(
      'DM-DATA-POLICY',
      'Politique de la donnée adoptée (ouverture, données personnelles, hébergement)',
      'Délibération du conseil',
      'Délibération sur la politique de la donnée',
    );
    await expectTier('Label Bronze');
    await file(
      'DM-REVERSIBILITY',
      'Réversibilité et propriété des données dans les marchés',
      'Clause de marché public',
      'Clause de réversibilité',
    );
    await expectTier('Label Argent');
    await file(
      'DM-CONTROLLED-HOSTING',
      'Données hébergées sur des systèmes libres maîtrisés',
      'Document',
      'Schéma d’hébergement',
    );
    await file(
      'DM-DATA-CULTURE',
      'Culture de la donnée chez les agents et les habitants',
      'Événement public',
      'Atelier données ouvertes',
    );
    await file('GP-OPEN-FORMATS', 'Formats ouverts (ODF) par défaut', 'Document', 'Note sur les formats ouverts');
    await expectTier('Label Argent');
    await file('GP-ACCESSIBILITY', 'Services numériques accessibles (RGAA)', 'Document', 'Déclaration d’accessibilité');
    await expectTier('Label Or');
    expect(await readiness.getByTestId('criteria-lacking-evidence').count()).toBe(0);

    // Evidence filed under a criterion has no action: editing it no longer asks for one.
    const row = readiness.getByRole('row').filter({ hasText: 'Clause de réversibilité' });
    await row.locator('summary', { hasText: 'Modifier' }).click();
    const edit = row.getByRole('form', { name: 'Modifier la preuve' });
    await edit.getByLabel('Titre').fill('Clause de réversibilité des marchés');
    await edit.getByRole('button', { name: 'Enregistrer la preuve' }).click();
    await readiness.getByRole('link', { name: 'Clause de réversibilité des marchés' }).waitFor();
    expect(await edit.getByRole('alert').count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();

    async function expectTier(tier: string) {
      await page.waitForFunction(
        (t) => document.querySelector('[data-testid="readiness-estimate"]')?.textContent?.includes(`: ${t}`),
        tier,
      );
    }
  });
});
