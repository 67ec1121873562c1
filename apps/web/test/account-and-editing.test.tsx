import { leaveTo } from '../src/lib/navigation';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AuthPage from '../src/features/account/components/AuthPage';
import { AccountMenu } from '../src/features/account/components/AccountMenu';
import { SessionProvider, type Me } from '../src/features/account/hooks/useSession';
import { abilitiesOn } from '../src/features/account/utils/roles';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import { checkEvidenceForm, checkProgressForm } from '../src/features/editing/utils/validation';
import { auditOf, collectivityPageMocks, echirollesPage } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));
jest.mock('../src/lib/navigation', () => ({ leaveTo: jest.fn() }));

const me = (roles: { role: string; status: string; collectivityId?: string }[] = []): Me => ({
  id: 'u1',
  displayName: 'Camille',
  email: 'camille@example.org',
  signedInWithProvider: false,
  roles: roles.map((r, i) => ({
    id: `g${i}`,
    role: r.role as Me['roles'][number]['role'],
    status: r.status as Me['roles'][number]['status'],
    auditScope: null,
    auditScopeCode: null,
    collectivity: r.collectivityId ? { id: r.collectivityId } : null,
  })),
});

describe('sign-in and sign-up', () => {
  it('validates as you type, then shows the API error code in plain words', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      Me: () => ({ me: null }),
      SignUp: () => {
        throw { errors: [{ message: 'taken', extensions: { code: 'EMAIL_TAKEN' } }] };
      },
    });
    renderWithProviders(
      <SessionProvider>
        <AuthPage />
      </SessionProvider>,
    );
    const form = within(screen.getByTestId('sign-up-form'));
    await user.type(form.getByLabelText('Adresse électronique'), 'camille@');
    expect(form.getByLabelText('Adresse électronique')).toHaveAccessibleDescription(
      /Saisissez une adresse électronique valide/,
    );
    await user.type(form.getByLabelText('Adresse électronique'), 'example.org');
    expect(form.getByLabelText('Adresse électronique')).not.toHaveAttribute('aria-invalid');
    await user.type(form.getByLabelText('Mot de passe'), 'court');
    expect(form.getByText('Le mot de passe doit compter au moins 10 caractères.')).toBeInTheDocument();
    await user.type(form.getByLabelText('Mot de passe'), 'mais-long');
    await user.type(form.getByLabelText('Nom affiché'), 'Camille');
    await user.click(form.getByRole('button', { name: 'Créer mon compte' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Un compte utilise déjà cette adresse électronique.');
  });

  it('shows who is signed in and signs out', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({ Me: () => ({ me: me() }), SignOut: () => ({ signOut: true }) });
    renderWithProviders(
      <SessionProvider>
        <AccountMenu />
      </SessionProvider>,
    );
    expect(await screen.findByText('Connecté·e : Camille')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(calls.map((c) => c.operationName)).toEqual(['Me', 'SignOut']);
  });

  it('signs a session opened through OpenID Connect out at the provider too, through the API', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({ Me: () => ({ me: { ...me(), signedInWithProvider: true } }) });
    renderWithProviders(
      <SessionProvider>
        <AccountMenu />
      </SessionProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(jest.mocked(leaveTo)).toHaveBeenCalledWith('/auth/oidc/logout');
    expect(calls.map((c) => c.operationName)).toEqual(['Me']);
  });
});

describe('abilities and validation', () => {
  it('reads the active roles on the collectivity', () => {
    const it = me([
      { role: 'IT_MANAGER', status: 'ACTIVE', collectivityId: 'c1' },
      { role: 'CONTRIBUTOR', status: 'ACTIVE', collectivityId: 'c2' },
      { role: 'ELECTED_OFFICIAL', status: 'REQUESTED', collectivityId: 'c3' },
    ]);
    expect(abilitiesOn(it, 'c1')).toMatchObject({ updateProgress: true, manageEvidence: true });
    expect(abilitiesOn(it, 'c2')).toMatchObject({ updateProgress: false, manageEvidence: true });
    expect(abilitiesOn(it, 'c3')).toMatchObject({ updateProgress: false, manageEvidence: false });
    expect(abilitiesOn(null, 'c1').manageMilestones).toBe(false);
    // An administrator's grant is platform-wide, as in the API.
    const admin = me([{ role: 'ADMIN', status: 'ACTIVE' }]);
    expect(abilitiesOn(admin, 'c3')).toMatchObject({
      updateProgress: true,
      manageMilestones: true,
      manageEvidence: true,
      assess: false,
    });
  });

  it('checks the progress and evidence rules of the API', () => {
    const base = { progress: '', targetDate: '', justification: '' };
    expect(checkProgressForm({ ...base, status: 'ABANDONED' })).toEqual({ justification: 'JUSTIFICATION_REQUIRED' });
    expect(checkProgressForm({ ...base, status: 'NOT_APPLICABLE', progress: '5', justification: 'x' })).toEqual({
      progress: 'PROGRESS_NOT_ALLOWED',
    });
    expect(checkProgressForm({ ...base, status: 'ABANDONED', progress: '5', justification: 'x' })).toEqual({
      progress: 'PROGRESS_NOT_ALLOWED',
    });
    expect(checkProgressForm({ ...base, status: 'IN_PROGRESS', progress: '101' })).toEqual({
      progress: 'PROGRESS_OUT_OF_RANGE',
    });
    expect(
      checkEvidenceForm({ kind: 'RUNNING_SERVICE', date: '2026-05-01', title: 'Cloud', url: '', actionCodes: [] }),
    ).toEqual({ url: 'EVIDENCE_URL_REQUIRED', actionCodes: 'ACTIONS_OR_CRITERIA_REQUIRED' });
  });
});

describe('editing on the collectivity page', () => {
  it('lets an IT manager decide role requests, mark an action done, then reloads the progress and the history', async () => {
    const user = userEvent.setup();
    let decided = false;
    const calls = mockGraphQL({
      Me: () => ({ me: me([{ role: 'IT_MANAGER', status: 'ACTIVE', collectivityId: 'c-38151' }]) }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      ...collectivityPageMocks(),
      UpdateActionProgress: () => ({ updateActionProgress: { actionCode: '1.7', status: 'DONE', progress: 100 } }),
      PendingRoleRequests: () => ({
        pendingRoleRequests: decided
          ? []
          : [
              {
                id: 'g7',
                requesterName: 'Camille Martin',
                requesterEmailDomain: 'ville-echirolles.fr',
                reason: 'Je tiens le site de la mairie.',
                role: 'CONTRIBUTOR',
                status: 'REQUESTED',
                auditScope: null,
                auditScopeCode: null,
                requestedAt: '2026-06-01T10:00:00Z',
                collectivity: { id: 'c-38151', kind: 'COMMUNE', code: '38151', name: 'Échirolles' },
              },
            ],
      }),
      DecideRoleRequest: () => {
        decided = true;
        return { decideRoleRequest: { id: 'g7', status: 'ACTIVE' } };
      },
    });
    renderWithProviders(
      <SessionProvider>
        <CollectivityPage />
      </SessionProvider>,
      { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
    );
    await screen.findByRole('heading', { level: 1, name: 'Échirolles' });
    expect(await screen.findByText('Vous êtes DSI (responsable informatique) pour Échirolles.')).toBeInTheDocument();
    const pending = await screen.findByTestId('pending-role-requests');
    expect(pending).toHaveTextContent('Camille Martin demande le rôle contributeur·rice (le');
    expect(pending).toHaveTextContent('Adresse en @ville-echirolles.fr');
    expect(pending).toHaveTextContent('Je tiens le site de la mairie.');
    await user.click(within(pending).getByRole('button', { name: 'Accepter la demande de Camille Martin' }));
    // Nothing is decided before the confirmation; cancelling decides nothing.
    const question = within(pending).getByRole('group', {
      name: /^Donner à Camille Martin le rôle contributeur·rice sur Échirolles\s\?$/,
    });
    expect(decided).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Annuler' }));
    expect(decided).toBe(false);
    await user.click(within(pending).getByRole('button', { name: 'Accepter la demande de Camille Martin' }));
    await user.click(within(pending).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(screen.queryByTestId('pending-role-requests')).not.toBeInTheDocument());
    expect(calls.find((c) => c.operationName === 'DecideRoleRequest')?.variables).toEqual({
      input: { grantId: 'g7', approve: true },
    });
    const editor = within(screen.getByTestId('edit-1.7'));
    await user.click(editor.getByText(/Modifier l’action 1.7/));
    await user.selectOptions(editor.getByLabelText('Statut'), 'ABANDONED');
    await user.click(editor.getByRole('button', { name: 'Enregistrer le statut' }));
    expect(editor.getByText('Expliquez pourquoi l’action est non applicable ou abandonnée.')).toBeInTheDocument();
    await user.selectOptions(editor.getByLabelText('Statut'), 'DONE');
    await user.click(editor.getByRole('button', { name: 'Enregistrer le statut' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CollectivityPage')).toHaveLength(2));
    expect(calls.find((c) => c.operationName === 'UpdateActionProgress')?.variables).toEqual({
      input: {
        commitmentId: 'commitment-1',
        actionCode: '1.7',
        status: 'DONE',
        progress: null,
        justification: null,
        expectedVersion: 1,
      },
    });
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CollectivityHistory')).toHaveLength(2));
  });

  it('offers a signed-in user without a role to request one', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: () => ({ me: me() }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      ...collectivityPageMocks(),
      RequestRole: () => ({ requestRole: { id: 'g9', role: 'ELECTED_OFFICIAL', status: 'REQUESTED' } }),
    });
    renderWithProviders(
      <SessionProvider>
        <CollectivityPage />
      </SessionProvider>,
      { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
    );
    await screen.findByRole('heading', { name: 'Contribuer au suivi de cette collectivité' });
    expect(screen.queryByTestId('edit-1.7')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Rôle demandé'), 'ELECTED_OFFICIAL');
    await user.click(screen.getByRole('button', { name: 'Demander ce rôle' }));
    // No reason: the rulebook's REQUIRED, and nothing sent.
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'RequestRole')).toBeUndefined();
    await user.type(screen.getByLabelText('Pourquoi demandez-vous ce rôle ?'), ' Adjointe au numérique ');
    await user.click(screen.getByRole('button', { name: 'Demander ce rôle' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'RequestRole')?.variables).toEqual({
        input: { role: 'ELECTED_OFFICIAL', collectivityId: 'c-38151', reason: 'Adjointe au numérique' },
      }),
    );
  });
});

describe('auditing', () => {
  const audit = () =>
    auditOf(
      echirollesPage(),
      {
        '1.7': [
          {
            id: 'a1',
            verdict: 'KEPT',
            justification: 'Postes vérifiés sur place.',
            date: '2026-06-01',
            assessedBy: 'April',
            association: 'April',
            replies: [],
          },
        ],
      },
      {
        overall: 3.2,
        actionsTotal: 31,
        actionsAssessed: 1,
        sections: [1, 2, 3].map((section) => ({
          section,
          score: section === 1 ? 9.1 : null,
          actionsTotal: section === 1 ? 11 : 10,
          actionsAssessed: section === 1 ? 1 : 0,
          verdictsCounted: section === 1 ? 1 : 0,
        })),
      },
    );

  it('shows verdicts beside the declared status and audited scores beside the declared ones; an auditor records one', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: () => ({ me: me([{ role: 'AUDITOR', status: 'ACTIVE' }]) }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      ...collectivityPageMocks(),
      CollectivityAudit: () => audit(),
      RecordAssessment: () => ({ recordAssessment: { id: 'a2' } }),
    });
    renderWithProviders(
      <SessionProvider>
        <CollectivityPage />
      </SessionProvider>,
      { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
    );
    const action = await screen.findByTestId('assessments-1.7');
    expect(action).toHaveTextContent('Tenu par April');
    expect(within(screen.getByTestId('action-1.7')).getByText('Réalisée')).toBeInTheDocument();
    expect(screen.getByTestId('audited-score-1')).toHaveTextContent(/Section 1.*9,1\s%.*1 sur 11/);
    // The coverage, so that 3,2 % audited is not read as a verdict on the 30 other actions.
    expect(screen.getByTestId('audited-coverage')).toHaveTextContent('1 action auditée sur 31');
    const editor = within(screen.getByTestId('edit-1.8'));
    await user.click(editor.getByText(/Évaluer l’action 1.8/));
    expect(editor.queryByRole('form', { name: 'Statut et avancement' })).not.toBeInTheDocument();
    await user.click(editor.getByRole('button', { name: 'Enregistrer l’évaluation' }));
    expect(editor.getByText('Ce champ est obligatoire.')).toBeInTheDocument();
    await user.selectOptions(editor.getByLabelText('Verdict'), 'PARTIAL');
    await user.type(editor.getByLabelText('Justification'), 'Pilote seulement.');
    await user.click(editor.getByRole('button', { name: 'Enregistrer l’évaluation' }));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CollectivityAudit')).toHaveLength(2));
    expect(calls.find((c) => c.operationName === 'RecordAssessment')?.variables).toEqual({
      input: {
        commitmentId: 'commitment-1',
        actionCode: '1.8',
        verdict: 'PARTIAL',
        justification: 'Pilote seulement.',
      },
    });
  });

  it('lets an IT manager of the collectivity reply to an assessment', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: () => ({ me: me([{ role: 'IT_MANAGER', status: 'ACTIVE', collectivityId: 'c-38151' }]) }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      ...collectivityPageMocks(),
      CollectivityAudit: () => audit(),
      PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
      ReplyToAssessment: () => ({ replyToAssessment: { id: 'r1' } }),
    });
    renderWithProviders(
      <SessionProvider>
        <CollectivityPage />
      </SessionProvider>,
      { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
    );
    const assessments = within(await screen.findByTestId('assessments-1.7'));
    await user.click(assessments.getByText('Répondre à cette évaluation'));
    await user.type(assessments.getByLabelText('Réponse de la collectivité'), 'Les écoles suivront en 2027.');
    await user.click(assessments.getByRole('button', { name: 'Publier la réponse' }));
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'ReplyToAssessment')?.variables).toEqual({
        input: { assessmentId: 'a1', text: 'Les écoles suivront en 2027.' },
      }),
    );
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CollectivityAudit')).toHaveLength(2));
  });
});
