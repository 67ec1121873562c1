import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AccountPage from '../src/features/account/components/AccountPage';
import { SessionProvider, type Me } from '../src/features/account/hooks/useSession';
import { mockGraphQL, renderWithProviders } from './support/render';

const me: Me = {
  id: 'u1',
  displayName: 'Camille',
  email: 'camille@example.org',
  signedInWithProvider: false,
  roles: [],
};

const echirolles = { id: 'c-38151', kind: 'COMMUNE', code: '38151', name: 'Échirolles' };
const rennes = { id: 'c-35238', kind: 'COMMUNE', code: '35238', name: 'Rennes' };

function account(following: { digest: boolean; collectivity: typeof echirolles }[]) {
  return {
    me: {
      ...me,
      roles: [
        {
          id: 'g1',
          role: 'IT_MANAGER',
          status: 'ACTIVE',
          auditScope: null,
          auditScopeCode: null,
          requestedAt: '2026-06-01T10:00:00Z',
          decidedAt: '2026-06-02T10:00:00Z',
          collectivity: echirolles,
        },
        {
          id: 'g2',
          role: 'AUDITOR',
          status: 'REQUESTED',
          auditScope: 'DEPARTEMENT',
          auditScopeCode: '35',
          requestedAt: '2026-07-01T10:00:00Z',
          decidedAt: null,
          collectivity: null,
        },
      ],
      following: following.map((f) => ({ ...f, feedUrl: `http://127.0.0.1:3000/feeds/${f.collectivity.id}.atom` })),
    },
  };
}

function renderAccount() {
  renderWithProviders(
    <SessionProvider>
      <AccountPage />
    </SessionProvider>,
    { path: '/mon-compte' },
  );
}

describe('the account page (/mon-compte)', () => {
  it('lists the roles asked for and held, and the collectivities followed, with their digest', async () => {
    mockGraphQL({
      Me: () => ({ me }),
      MyAccount: () =>
        account([
          { digest: true, collectivity: echirolles },
          { digest: false, collectivity: rennes },
        ]),
    });
    renderAccount();
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon compte' })).toBeInTheDocument();
    expect(await screen.findByText(/Connecté·e en tant que Camille \(camille@example.org\)/)).toBeInTheDocument();
    const roles = screen.getByRole('table', { name: 'Mes rôles, demandés ou tenus' });
    expect(
      within(roles)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RôleSurÉtatDepuis le',
      'DSI (responsable informatique)Échirollesactif2 juin 2026',
      'auditeur·ricele département 35en attente de validation1er juillet 2026',
    ]);
    expect(within(roles).getByRole('link', { name: 'Échirolles' })).toHaveAttribute(
      'href',
      '/collectivite/commune/38151',
    );
    const follows = screen.getAllByTestId('account-follow');
    expect(follows.map((f) => within(f).getByRole('link', { name: /Échirolles|Rennes/ }).textContent)).toEqual([
      'Échirolles',
      'Rennes',
    ]);
    expect(follows[0]).toHaveTextContent('Vous recevez chaque semaine un résumé');
    expect(follows[1]).toHaveTextContent('Vous ne recevez pas de résumé');
    expect(within(follows[0]).getByRole('link', { name: 'Flux Atom' })).toHaveAttribute(
      'href',
      'http://127.0.0.1:3000/feeds/c-38151.atom',
    );
  });

  it('turns a digest off and stops following, then shows the list again from the API', async () => {
    const user = userEvent.setup();
    let following = [
      { digest: true, collectivity: echirolles },
      { digest: false, collectivity: rennes },
    ];
    const calls = mockGraphQL({
      Me: () => ({ me }),
      MyAccount: () => account(following),
      FollowCollectivity: (v) => {
        const input = v.input as { collectivityId: string; digest: boolean };
        following = following.map((f) =>
          f.collectivity.id === input.collectivityId ? { ...f, digest: input.digest } : f,
        );
        return { followCollectivity: { digest: input.digest, collectivity: { id: input.collectivityId } } };
      },
      UnfollowCollectivity: (v) => {
        following = following.filter((f) => f.collectivity.id !== v.collectivityId);
        return { unfollowCollectivity: true };
      },
    });
    renderAccount();
    await user.click(await screen.findByRole('button', { name: 'Ne plus recevoir le résumé de Échirolles' }));
    await waitFor(() => expect(screen.getAllByTestId('account-follow')[0]).toHaveTextContent('Vous ne recevez pas'));
    await user.click(screen.getByRole('button', { name: 'Ne plus suivre Rennes' }));
    await waitFor(() => expect(screen.getAllByTestId('account-follow')).toHaveLength(1));
    expect(calls.filter((c) => c.operationName !== 'Me' && c.operationName !== 'MyAccount')).toEqual([
      { operationName: 'FollowCollectivity', variables: { input: { collectivityId: 'c-38151', digest: false } } },
      { operationName: 'UnfollowCollectivity', variables: { collectivityId: 'c-35238' } },
    ]);
  });

  it('says how to follow when nothing is followed, and signs out on every device', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      Me: () => ({ me }),
      MyAccount: () => ({ me: { ...account([]).me, roles: [] } }),
      SignOutEverywhere: () => ({ signOutEverywhere: 3 }),
    });
    renderAccount();
    expect(await screen.findByText('Vous ne suivez aucune collectivité.')).toBeInTheDocument();
    expect(screen.getByText('Vous n’avez demandé aucun rôle.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Me déconnecter de tous les appareils' }));
    expect(await screen.findByRole('link', { name: 'Connectez-vous pour voir votre compte.' })).toBeInTheDocument();
    expect(calls.map((c) => c.operationName)).toContain('SignOutEverywhere');
  });

  it('asks a signed-out visitor to sign in, and reads nothing', async () => {
    const calls = mockGraphQL({ Me: () => ({ me: null }) });
    renderAccount();
    expect(await screen.findByRole('link', { name: 'Connectez-vous pour voir votre compte.' })).toHaveAttribute(
      'href',
      '/connexion',
    );
    expect(calls.map((c) => c.operationName)).toEqual(['Me']);
  });
});
