import { computeScores, type ProgressStatus } from '@pacte/pact';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider } from '../src/features/account/hooks/useSession';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import { MigrationSection } from '../src/features/migration/components/MigrationSection';
import type { AdvanceMigrationStageMutation, CollectivityPageQuery } from '../src/generated/graphql';
import { collectivityPageMocks, echirollesPage, migrationOf } from './support/fixtures';
import { echirollesMigration, meWith, windowsItem } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.setTimeout(20_000);
jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const itManager = () => ({ me: meWith([{ role: 'IT_MANAGER', collectivityId: 'c-38151' }]) });
const apiError = (code: string) => ({ errors: [{ message: code, extensions: { code } }] });

/**
 * Evidence with a file goes to POST /evidence (multipart: `input` as JSON and `file`), not to /graphql: answers it
 * with the new evidence's id and records each call's URL and input.
 */
function acceptUploads(): { url: string; input: unknown }[] {
  const graphql = globalThis.fetch;
  const uploads: { url: string; input: unknown }[] = [];
  Object.assign(globalThis, {
    fetch: jest.fn(async (url: unknown, init?: RequestInit) => {
      if (String(url).startsWith('/evidence')) {
        const input = (init?.body as FormData).get('input');
        uploads.push({ url: String(url), input: typeof input === 'string' ? JSON.parse(input) : null });
        return { ok: true, status: 201, json: async () => ({ id: 'ev-new' }) } as Response;
      }
      return graphql(url as string, init);
    }),
  });
  return uploads;
}

const advanced = (stage: 'DEFAULT' | 'LEGACY_REMOVED' = 'DEFAULT'): AdvanceMigrationStageMutation => ({
  advanceMigrationStage: {
    item: { id: 'item-w10', productName: 'Windows 10', stage },
    proposedProgressUpdates: [
      { commitmentId: 'commitment-1', actionCode: '1.8', from: 'PLANNED', to: 'IN_PROGRESS' },
      { commitmentId: 'commitment-1', actionCode: '1.10', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
    ],
  },
});

async function openAdvanceForm(user: ReturnType<typeof userEvent.setup>) {
  const editor = within(await screen.findByTestId('edit-item-item-w10'));
  await user.click(editor.getByText('Modifier « Windows 10 » ou faire avancer sa migration'));
  return within(editor.getByRole('form', { name: 'Faire avancer la migration' }));
}

describe('advancing a migration stage', () => {
  it('records the stage with a note and a new evidence file, then offers each proposed update to confirm or dismiss', async () => {
    const user = userEvent.setup();
    let stage: 'PILOT' | 'DEFAULT' = 'PILOT';
    const calls = mockGraphQL({
      Me: itManager,
      CollectivityMigration: () => echirollesMigration([windowsItem({ stage })]),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      AddEvidence: () => ({ addEvidence: { id: 'ev-new' } }),
      AdvanceMigrationStage: () => {
        stage = 'DEFAULT';
        return advanced();
      },
      UpdateActionProgress: () => ({
        updateActionProgress: { actionCode: '1.8', status: 'IN_PROGRESS', progress: 50 },
      }),
    });
    const uploads = acceptUploads();
    renderWithProviders(
      <SessionProvider>
        <MigrationSection collectivityId="c-38151" />
      </SessionProvider>,
    );
    const form = await openAdvanceForm(user);
    expect(form.getByText(/Étape actuelle : Pilote, atteinte le 2 mai 2026\./)).toBeInTheDocument();
    // Only the stages after the current one are offered.
    expect(
      within(form.getByLabelText('Nouvelle étape'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).not.toContain('Pilote');
    await user.selectOptions(form.getByLabelText('Nouvelle étape'), 'DEFAULT');
    const date = form.getByLabelText('Date à laquelle elle a été atteinte');
    fireEvent.change(date, { target: { value: '2026-04-30' } });
    expect(date).toHaveAccessibleDescription('La date ne peut pas précéder celle de l’étape actuelle.');
    fireEvent.change(date, { target: { value: '2999-01-01' } });
    expect(date).toHaveAccessibleDescription(/la date ne peut pas être dans le futur/);
    fireEvent.change(date, { target: { value: '2026-09-01' } });
    expect(date).not.toHaveAttribute('aria-invalid');
    await user.type(form.getByLabelText('Note (facultatif)'), 'Ubuntu installé par défaut sur les nouveaux postes');
    await user.upload(
      form.getByLabelText('Fichier (facultatif)'),
      new File(['%PDF-1.4'], 'bilan.pdf', { type: 'application/pdf' }),
    );
    expect(form.getByText('Donnez un titre à la preuve pour envoyer ce fichier.')).toBeInTheDocument();
    await user.type(form.getByLabelText('Nouvelle preuve : titre du document (facultatif)'), 'Bilan du pilote');
    await user.selectOptions(form.getByLabelText('Preuves déjà enregistrées (facultatif)'), ['ev1']);
    await user.click(form.getByRole('button', { name: 'Enregistrer la nouvelle étape' }));

    const panel = within(await screen.findByTestId('proposed-updates'));
    expect(panel.getByRole('heading', { name: 'Mises à jour d’actions proposées' })).toHaveFocus();
    // The evidence and its file are recorded in one request: a refused file would leave no evidence behind.
    expect(calls.find((c) => c.operationName === 'AddEvidence')).toBeUndefined();
    expect(uploads).toEqual([
      {
        url: '/evidence',
        input: {
          commitmentId: 'commitment-1',
          actionCodes: ['1.8'],
          kind: 'DOCUMENT',
          date: '2026-09-01',
          title: 'Bilan du pilote',
        },
      },
    ]);
    expect(calls.find((c) => c.operationName === 'AdvanceMigrationStage')?.variables).toEqual({
      input: {
        itemId: 'item-w10',
        stage: 'DEFAULT',
        date: '2026-09-01',
        notes: 'Ubuntu installé par défaut sur les nouveaux postes',
        evidenceIds: ['ev1', 'ev-new'],
        expectedVersion: 3,
      },
    });
    // Nothing was applied: each proposal says where the action stands and what it would become.
    expect(calls.some((c) => c.operationName === 'UpdateActionProgress')).toBe(false);
    expect(panel.getByText(/« Windows 10 » est à l’étape « Par défaut »/)).toBeInTheDocument();
    const p18 = within(panel.getByTestId('proposal-1.8'));
    expect(p18.getByText(/Action 1\.8/)).toBeInTheDocument();
    expect(panel.getByTestId('proposal-1.8')).toHaveTextContent(
      /Aujourd’hui : Planifiée \(10\s%\) → proposé : En cours \(50\s%\)/,
    );
    expect(panel.getByTestId('proposal-1.10')).toHaveTextContent(
      /Non commencée \(0\s%\) → proposé : En cours \(50\s%\)/,
    );

    await user.click(p18.getByRole('button', { name: 'Confirmer pour l’action 1.8' }));
    expect(await p18.findByText('Confirmé : l’action 1.8 est maintenant « En cours ».')).toHaveFocus();
    expect(calls.filter((c) => c.operationName === 'UpdateActionProgress').map((c) => c.variables)).toEqual([
      { input: { commitmentId: 'commitment-1', actionCode: '1.8', status: 'IN_PROGRESS', progress: null } },
    ]);
    await user.click(panel.getByRole('button', { name: 'Ignorer pour l’action 1.10' }));
    expect(panel.queryByTestId('proposal-1.10')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.operationName === 'UpdateActionProgress')).toHaveLength(1);
    // The section reloaded after the stage and after the confirmation; the new stage offers what comes next.
    await waitFor(() =>
      expect(calls.filter((c) => c.operationName === 'CollectivityMigration').length).toBeGreaterThanOrEqual(3),
    );
    const next = await openAdvanceFormAgain();
    expect(
      within(next.getByLabelText('Nouvelle étape'))
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['LEGACY_REMOVED']);
    await user.click(panel.getByRole('button', { name: 'Fermer les propositions' }));
    expect(screen.queryByTestId('proposed-updates')).not.toBeInTheDocument();
  });

  it('offers again, after a reload, the updates a stage still proposes', async () => {
    const user = userEvent.setup();
    const pending = advanced().advanceMigrationStage.proposedProgressUpdates;
    const calls = mockGraphQL({
      Me: itManager,
      CollectivityMigration: () =>
        echirollesMigration([windowsItem({ stage: 'DEFAULT', proposedProgressUpdates: pending })]),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      UpdateActionProgress: () => ({
        updateActionProgress: { actionCode: '1.10', status: 'IN_PROGRESS', progress: 50 },
      }),
    });
    renderWithProviders(
      <SessionProvider>
        <MigrationSection collectivityId="c-38151" />
      </SessionProvider>,
    );
    const editor = within(await screen.findByTestId('edit-item-item-w10'));
    await user.click(editor.getByText('Modifier « Windows 10 » ou faire avancer sa migration'));
    expect(editor.getByText(/Son étape propose encore 2 mises à jour d’actions non confirmées\./)).toBeInTheDocument();
    await user.click(editor.getByRole('button', { name: 'Voir les mises à jour proposées' }));
    const panel = within(await screen.findByTestId('proposed-updates'));
    expect(panel.getByText(/« Windows 10 » est à l’étape « Par défaut »/)).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Confirmer pour l’action 1.10' }));
    await panel.findByText('Confirmé : l’action 1.10 est maintenant « En cours ».');
    expect(calls.find((c) => c.operationName === 'UpdateActionProgress')?.variables).toEqual({
      input: { commitmentId: 'commitment-1', actionCode: '1.10', status: 'IN_PROGRESS', progress: null },
    });
  });

  it('shows the API’s refusal in plain words, proposes nothing, and a retry reuses the evidence already recorded', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const calls = mockGraphQL({
      Me: itManager,
      CollectivityMigration: () => echirollesMigration(),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      AddEvidence: () => ({ addEvidence: { id: 'ev-new' } }),
      AdvanceMigrationStage: () => {
        if (refuse) throw apiError('MIGRATION_STAGE_DATE_IN_FUTURE');
        return advanced();
      },
    });
    const uploads = acceptUploads();
    renderWithProviders(
      <SessionProvider>
        <MigrationSection collectivityId="c-38151" />
      </SessionProvider>,
    );
    const form = await openAdvanceForm(user);
    fireEvent.change(form.getByLabelText('Date à laquelle elle a été atteinte'), { target: { value: '2026-09-01' } });
    await user.type(form.getByLabelText('Nouvelle preuve : titre du document (facultatif)'), 'Bilan du pilote');
    await user.upload(
      form.getByLabelText('Fichier (facultatif)'),
      new File(['%PDF-1.4'], 'bilan.pdf', { type: 'application/pdf' }),
    );
    await user.click(form.getByRole('button', { name: 'Enregistrer la nouvelle étape' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'Une étape s’enregistre une fois atteinte : la date ne peut pas être dans le futur.',
    );
    expect(screen.queryByTestId('proposed-updates')).not.toBeInTheDocument();

    refuse = false;
    await user.click(form.getByRole('button', { name: 'Enregistrer la nouvelle étape' }));
    await screen.findByTestId('proposed-updates');
    expect(calls.filter((c) => c.operationName === 'AddEvidence')).toHaveLength(0);
    expect(uploads.map((u) => u.url)).toEqual(['/evidence']);
    expect(calls.filter((c) => c.operationName === 'AdvanceMigrationStage').map((c) => c.variables.input)).toEqual([
      expect.objectContaining({ evidenceIds: ['ev-new'] }),
      expect.objectContaining({ evidenceIds: ['ev-new'] }),
    ]);
  });

  it('on the collectivity page, a confirmed proposal changes the action’s status and the section progress', async () => {
    const user = userEvent.setup();
    let confirmed = false;
    let stageRecorded = false;
    const calls = mockGraphQL({
      Me: itManager,
      ...collectivityPageMocks(() =>
        confirmed ? withStatus(echirollesPage(), '1.8', 'IN_PROGRESS') : echirollesPage(),
      ),
      PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      CollectivityMigration: () =>
        migrationOf(confirmed ? withStatus(echirollesPage(), '1.8', 'IN_PROGRESS') : echirollesPage(), [
          stageRecorded
            ? windowsItem({
                stage: 'DEFAULT',
                proposedProgressUpdates: confirmed ? [] : advanced().advanceMigrationStage.proposedProgressUpdates,
              })
            : windowsItem(),
        ]),
      SoftwareUsers: () => ({ softwareUsers: [] }),
      AdvanceMigrationStage: () => {
        stageRecorded = true;
        return advanced();
      },
      AddEvidence: () => ({ addEvidence: { id: 'ev-new' } }),
      UpdateActionProgress: () => {
        confirmed = true;
        return { updateActionProgress: { actionCode: '1.8', status: 'IN_PROGRESS', progress: 50 } };
      },
    });
    const uploads = acceptUploads();
    renderWithProviders(
      <SessionProvider>
        <CollectivityPage />
      </SessionProvider>,
      { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
    );
    await screen.findByRole('heading', { level: 1, name: 'Échirolles' });
    expect(screen.getByTestId('action-1.8')).toHaveTextContent('Non commencée');
    const before = screen.getByTestId('section-score-1').textContent;
    const form = await openAdvanceForm(user);
    fireEvent.change(form.getByLabelText('Date à laquelle elle a été atteinte'), { target: { value: '2026-09-01' } });
    // With a new evidence document and its file: recording it changes the commitment while the stage is recorded.
    await user.type(form.getByLabelText('Nouvelle preuve : titre du document (facultatif)'), 'Bilan du pilote');
    await user.upload(
      form.getByLabelText('Fichier (facultatif)'),
      new File(['%PDF-1.4'], 'bilan.pdf', { type: 'application/pdf' }),
    );
    await user.click(form.getByRole('button', { name: 'Enregistrer la nouvelle étape' }));
    const proposal = within(await screen.findByTestId('proposal-1.8'));
    expect(uploads.map((u) => u.url)).toEqual(['/evidence']);
    // The section asks again for the inventory, and stays on screen with the panel while it does.
    await waitFor(() =>
      expect(screen.getByTestId('edit-item-item-w10')).toHaveTextContent(/Étape actuelle : Par défaut/),
    );
    expect(screen.getByTestId('proposed-updates')).toBeInTheDocument();
    await user.click(proposal.getByRole('button', { name: 'Confirmer pour l’action 1.8' }));
    await waitFor(() => expect(screen.getByTestId('action-1.8')).toHaveTextContent('En cours'));
    expect(screen.getByTestId('section-score-1').textContent).not.toBe(before);
    expect(calls.filter((c) => c.operationName === 'CollectivityHistory').length).toBeGreaterThanOrEqual(2);
  });
});

/** Reopens nothing: the item's disclosure stays open across reloads; returns its advance form once re-rendered. */
async function openAdvanceFormAgain() {
  const editor = within(await screen.findByTestId('edit-item-item-w10'));
  await waitFor(() => expect(editor.getByText(/Étape actuelle : Par défaut/)).toBeInTheDocument());
  return within(editor.getByRole('form', { name: 'Faire avancer la migration' }));
}

/** The page's data with one action at another status (at its default %) and the scores computed again. */
function withStatus(page: CollectivityPageQuery, code: string, status: ProgressStatus): CollectivityPageQuery {
  const commitment = page.collectivity.commitment!;
  const actions = commitment.actions.map((a) =>
    a.actionCode === code ? { ...a, status, progress: { IN_PROGRESS: 50, DONE: 100 }[status as 'DONE'] ?? 0 } : a,
  );
  const scores = computeScores(
    actions.map((a) => ({ actionCode: a.actionCode, status: a.status, progress: a.progress })),
  );
  return {
    collectivity: {
      ...page.collectivity,
      commitment: {
        ...commitment,
        actions,
        scores: { ...commitment.scores, overall: scores.overall, sections: scores.sections },
      },
    },
  };
}
