import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import type { ShownEvidenceFragment } from '../src/generated/graphql';
import { collectivityPageMocks, echirollesPage } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const route = '/collectivite/:kind/:code';

/** Piece `n` of action 1.1 (1 is the newest). */
const piece = (n: number): ShownEvidenceFragment => ({
  id: `ev-${n}`,
  kind: 'DOCUMENT',
  title: `Pièce ${n}`,
  description: null,
  date: `2026-05-${String(30 - n).padStart(2, '0')}`,
  url: null,
  actionCodes: ['1.1'],
  version: 1,
  file: null,
});
const ALL = Array.from({ length: 28 }, (_, i) => piece(i + 1));

/** Échirolles with 28 pieces of evidence on action 1.1, of which the page holds the newest five. */
function pageWithEvidence() {
  const page = echirollesPage();
  const a11 = page.collectivity.commitment!.actions.find((a) => a.actionCode === '1.1')!;
  a11.evidencePage = { totalCount: ALL.length, hasNextPage: true, nodes: ALL.slice(0, 5) };
  return page;
}

describe('an action’s evidence, a page at a time', () => {
  it('shows the newest five and how many there are, then the next ones on “Voir plus”', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL({
      ...collectivityPageMocks(pageWithEvidence),
      ActionEvidence: ({ actionCode, first, offset }) => {
        const nodes = ALL.slice(offset as number, (offset as number) + (first as number));
        return {
          collectivity: {
            id: 'c-38151',
            commitment: {
              id: 'commitment-1',
              evidencePage: {
                totalCount: ALL.length,
                offset: offset as number,
                hasNextPage: (offset as number) + nodes.length < ALL.length,
                nodes: actionCode === '1.1' ? nodes : [],
              },
            },
          },
        };
      },
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    await screen.findByRole('heading', { level: 1, name: 'Échirolles' });
    const action = screen.getByTestId('action-1.1');
    const items = () =>
      within(action)
        .getAllByRole('listitem')
        .filter((li) => li.closest('ul.evidence'));
    expect(items().map((li) => li.textContent)).toEqual(
      [1, 2, 3, 4, 5].map((n) => expect.stringContaining(`Pièce ${n}`)),
    );
    expect(action).toHaveTextContent(/5\spièces sur 28/);
    // Other actions have no evidence and no button.
    expect(within(screen.getByTestId('action-1.2')).queryByRole('button', { name: 'Voir plus' })).toBeNull();

    await user.click(within(action).getByRole('button', { name: 'Voir plus' }));
    await waitFor(() => expect(items()).toHaveLength(25));
    await waitFor(() => expect(action).toHaveTextContent(/25\spièces sur 28/));
    expect(calls.filter((c) => c.operationName === 'ActionEvidence').map((c) => c.variables)).toEqual([
      { id: 'c-38151', actionCode: '1.1', first: 20, offset: 5 },
    ]);

    await user.click(within(action).getByRole('button', { name: 'Voir plus' }));
    await waitFor(() => expect(items()).toHaveLength(28));
    expect(items()[27]).toHaveTextContent('Pièce 28');
    await waitFor(() => expect(action).toHaveTextContent(/28\spièces sur 28/));
    expect(within(action).queryByRole('button', { name: 'Voir plus' })).toBeNull();
    expect(calls.filter((c) => c.operationName === 'ActionEvidence').map((c) => c.variables.offset)).toEqual([5, 25]);
  });

  it('says it in English', async () => {
    mockGraphQL({ ...collectivityPageMocks(pageWithEvidence) });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route, locale: 'en' });
    const action = await screen.findByTestId('action-1.1');
    expect(action).toHaveTextContent('5 pieces of 28');
    expect(within(action).getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  });
});
