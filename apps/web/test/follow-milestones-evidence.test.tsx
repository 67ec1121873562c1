import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider, type Me } from '../src/features/account/hooks/useSession';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import { collectivityPageMocks, history } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const me = (role?: string): Me => ({
  id: 'u1',
  displayName: 'Camille',
  email: 'camille@example.org',
  signedInWithProvider: false,
  roles: role
    ? [
        {
          id: 'g1',
          role: role as Me['roles'][number]['role'],
          status: 'ACTIVE',
          auditScope: null,
          auditScopeCode: null,
          collectivity: role === 'AUDITOR' ? null : { id: 'c-38151' },
        },
      ]
    : [],
});

const page = {
  ...collectivityPageMocks(),
  PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
};

function renderEchirolles() {
  renderWithProviders(
    <SessionProvider>
      <CollectivityPage />
    </SessionProvider>,
    { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
  );
  return screen.findByRole('heading', { level: 1, name: 'Échirolles' });
}

describe('following a collectivity', () => {
  it('follows with the weekly digest, turns the digest off, then unfollows', async () => {
    const user = userEvent.setup();
    let follow: { digest: boolean } | null = null;
    const calls = mockGraphQL({
      ...page,
      Me: () => ({ me: me() }),
      MyFollows: () => ({
        me: { id: 'u1', following: follow ? [{ digest: follow.digest, collectivity: { id: 'c-38151' } }] : [] },
      }),
      FollowCollectivity: ({ input }) => {
        follow = { digest: (input as { digest: boolean }).digest };
        return { followCollectivity: { digest: follow.digest, collectivity: { id: 'c-38151' } } };
      },
      UnfollowCollectivity: () => {
        follow = null;
        return { unfollowCollectivity: true };
      },
    });
    await renderEchirolles();
    const section = within(await screen.findByTestId('follow'));
    expect(section.getByTestId('follow-state')).toHaveTextContent('Suivre Échirolles est privé');
    await user.click(section.getByLabelText('Recevoir chaque semaine un résumé des changements par courriel'));
    await user.click(section.getByRole('button', { name: 'Suivre cette collectivité' }));
    await waitFor(() =>
      expect(section.getByTestId('follow-state')).toHaveTextContent(
        'Vous suivez Échirolles. Vous recevez chaque semaine un résumé de ses changements par courriel.',
      ),
    );
    // The button pressed is gone: focus is on the sentence that says the new state.
    expect(section.getByTestId('follow-state')).toHaveFocus();
    expect(calls.find((c) => c.operationName === 'FollowCollectivity')?.variables).toEqual({
      input: { collectivityId: 'c-38151', digest: true },
    });

    await user.click(section.getByRole('button', { name: 'Ne plus recevoir le résumé' }));
    await waitFor(() =>
      expect(section.getByTestId('follow-state')).toHaveTextContent('Vous ne recevez pas de résumé par courriel.'),
    );
    expect(calls.filter((c) => c.operationName === 'FollowCollectivity').at(-1)?.variables).toEqual({
      input: { collectivityId: 'c-38151', digest: false },
    });

    await user.click(section.getByRole('button', { name: 'Ne plus suivre' }));
    await section.findByRole('button', { name: 'Suivre cette collectivité' });
    expect(calls.find((c) => c.operationName === 'UnfollowCollectivity')?.variables).toEqual({
      collectivityId: 'c-38151',
    });
    expect(section.getByTestId('follow-state')).toHaveTextContent('Suivre Échirolles est privé');
  });

  it('is offered to signed-in users only', async () => {
    const calls = mockGraphQL({ ...page, Me: () => ({ me: null }) });
    await renderEchirolles();
    await screen.findByText('Connectez-vous pour contribuer au suivi de cette collectivité.');
    expect(screen.queryByTestId('follow')).not.toBeInTheDocument();
    expect(calls.map((c) => c.operationName)).not.toContain('MyFollows');
  });
});

describe('milestones and evidence in the action lists', () => {
  it('lets a contributor mark a planned milestone reached, and shows it reached and in the history', async () => {
    const user = userEvent.setup();
    let reached = false;
    const milestone = { actionCode: '1.5', title: 'LibreOffice par défaut', description: null, date: '2026-11-20' };
    const reachedEntry = {
      id: '4',
      action: 'UPDATE',
      actorLabel: 'user:CONTRIBUTOR',
      actorRole: 'CONTRIBUTOR' as const,
      entityType: 'Milestone',
      entityId: 'm2',
      event: 'MilestoneUpdated',
      eventVersion: 2,
      occurredAt: '2026-11-20T10:00:00.000Z',
      before: { ...milestone, reached: false, version: 1 },
      after: { ...milestone, reached: true, version: 2 },
    };
    const calls = mockGraphQL({
      ...page,
      CollectivityHistory: () => {
        const h = history();
        if (reached) h.collectivity.history.unshift(reachedEntry);
        return h;
      },
      Me: () => ({ me: me('CONTRIBUTOR') }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      UpdateMilestone: () => {
        reached = true;
        return { updateMilestone: { id: 'm2', reached: true } };
      },
    });
    await renderEchirolles();
    const action = within(screen.getByTestId('action-1.5'));
    // The reached one can be set back to planned, by the same kind of control.
    expect(
      action.getByRole('button', { name: 'Remettre en prévu : LibreOffice sur les postes pilotes' }),
    ).toBeVisible();
    await user.click(action.getByRole('button', { name: 'Marquer comme atteint : LibreOffice par défaut' }));
    // The answer updates the milestone where it is shown (no reload of the page), and the history is asked again.
    expect(
      await action.findByRole('button', { name: 'Remettre en prévu : LibreOffice par défaut' }),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.operationName === 'UpdateMilestone')?.variables).toEqual({
      input: { milestoneId: 'm2', reached: true, expectedVersion: 1 },
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('history-entry')[0]).toHaveTextContent(
        'Jalon atteint pour l’action 1.5 : « LibreOffice par défaut », le 20 nov. 2026.',
      ),
    );
    expect(calls.filter((c) => c.operationName === 'CollectivityPage')).toHaveLength(1);
  });

  it('shows the API refusal next to the milestone', async () => {
    const user = userEvent.setup();
    mockGraphQL({
      ...page,
      Me: () => ({ me: me('IT_MANAGER') }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      UpdateMilestone: () => {
        throw { errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] };
      },
    });
    await renderEchirolles();
    const action = within(screen.getByTestId('action-1.5'));
    await user.click(action.getByRole('button', { name: /Marquer comme atteint/ }));
    expect(await action.findByRole('alert')).toHaveTextContent(
      'Introuvable, ou votre rôle ne permet pas de modifier cette collectivité.',
    );
  });

  it('offers neither control to an auditor, who may not change milestones or evidence', async () => {
    mockGraphQL({
      ...page,
      Me: () => ({ me: me('AUDITOR') }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
    });
    await renderEchirolles();
    await screen.findByTestId('follow');
    expect(within(screen.getByTestId('action-1.5')).queryByRole('button', { name: /Marquer/ })).toBeNull();
    expect(within(screen.getByTestId('action-1.1')).queryByText(/Lier à une autre action/)).toBeNull();
  });

  it('links existing evidence to one more action of the commitment', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      ...page,
      Me: () => ({ me: me('CONTRIBUTOR') }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      LinkEvidence: () => ({ linkEvidence: { id: 'ev1', actionCodes: ['1.1', '1.5'] } }),
    });
    await renderEchirolles();
    const action = within(screen.getByTestId('action-1.1'));
    await user.click(action.getByText('Lier à une autre action'));
    const form = within(action.getByRole('form', { name: 'Lier à une autre action' }));
    const select = form.getByLabelText('Action à ajouter');
    // Only the actions it does not support yet.
    expect(within(select).queryByRole('option', { name: '1.1' })).toBeNull();
    await user.selectOptions(select, '1.5');
    await user.click(form.getByRole('button', { name: 'Lier la preuve' }));
    await form.findByText('Enregistré.');
    expect(calls.find((c) => c.operationName === 'LinkEvidence')?.variables).toEqual({
      input: { evidenceId: 'ev1', commitmentId: 'commitment-1', actionCodes: ['1.5'], expectedVersion: 1 },
    });
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CollectivityPage')).toHaveLength(2));
  });
});
