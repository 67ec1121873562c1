import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionProvider, type Me } from '../src/features/account/hooks/useSession';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import { collectivityPageMocks } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const itManager: Me = {
  id: 'u1',
  displayName: 'Camille',
  email: 'camille@example.org',
  signedInWithProvider: false,
  roles: [
    {
      id: 'g0',
      role: 'IT_MANAGER',
      status: 'ACTIVE',
      auditScope: null,
      auditScopeCode: null,
      collectivity: { id: 'c-38151' },
    },
  ],
};

/** What the API answers to a stale edit of action 1.7: someone planned it at 30 % meanwhile (version 2). */
const conflict = {
  errors: [
    {
      message: 'ActionProgress commitment-1:1.7 has changed since it was read (version 1, now 2)',
      extensions: {
        code: 'CONFLICT',
        category: 'CONFLICT',
        currentVersion: 2,
        current: {
          actionCode: '1.7',
          status: 'PLANNED',
          progress: 30,
          progressOverridden: true,
          targetDate: '2027-01-31',
          justification: null,
          version: 2,
        },
      },
    },
  ],
};

describe('a stale edit on the collectivity page', () => {
  async function staleEdit() {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const calls = mockGraphQL({
      Me: () => ({ me: itManager }),
      MyFollows: () => ({ me: { id: 'u1', following: [] } }),
      PendingRoleRequests: () => ({ pendingRoleRequests: [] }),
      ...collectivityPageMocks(),
      UpdateActionProgress: (variables) => {
        const { expectedVersion } = variables.input as { expectedVersion: number };
        sent.push(expectedVersion);
        if (expectedVersion === 1) throw conflict;
        return { updateActionProgress: { actionCode: '1.7', status: 'DONE', progress: 100 } };
      },
    });
    renderWithProviders(
      <SessionProvider>
        <CollectivityPage />
      </SessionProvider>,
      { path: '/collectivite/commune/38151', route: '/collectivite/:kind/:code' },
    );
    await screen.findByRole('heading', { level: 1, name: 'Échirolles' });
    const editor = within(await screen.findByTestId('edit-1.7'));
    await user.click(editor.getByText(/Modifier l’action 1.7/));
    await user.selectOptions(editor.getByLabelText('Statut'), 'IN_PROGRESS');
    await user.click(editor.getByRole('button', { name: 'Enregistrer le statut' }));
    const notice = await editor.findByRole('alert');
    return { user, editor, notice: within(notice), noticeElement: notice, sent, calls };
  }

  it('shows what is recorded now and re-applies the change over it', async () => {
    const { user, editor, notice, noticeElement, sent } = await staleEdit();
    expect(noticeElement).toHaveTextContent('Quelqu’un a modifié cet élément pendant que vous le modifiiez');
    expect(noticeElement).toHaveTextContent(/StatutPlanifiée/);
    expect(noticeElement).toHaveTextContent(/Avancement en % \(facultatif\)30 %/);
    await user.click(notice.getByRole('button', { name: 'Réappliquer ma modification' }));
    await waitFor(() => expect(sent).toEqual([1, 2]));
    expect(await editor.findByText('Enregistré.')).toBeInTheDocument();
    expect(editor.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the current version: the form then shows it, and nothing is sent again', async () => {
    const { user, editor, notice, sent } = await staleEdit();
    await user.click(notice.getByRole('button', { name: 'Garder la version actuelle' }));
    expect(editor.queryByRole('alert')).not.toBeInTheDocument();
    expect(editor.getByLabelText('Statut')).toHaveValue('PLANNED');
    expect(editor.getByLabelText('Avancement en % (facultatif)')).toHaveValue(30);
    expect(editor.getByLabelText('Échéance (facultatif)')).toHaveValue('2027-01-31');
    expect(sent).toEqual([1]);
  });
});
