import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { SearchPage } from '../src/features/search/components/SearchPage';
import { mockGraphQL, renderWithProviders } from './support/render';

const node = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `c${i}`,
  kind: 'COMMUNE',
  code: String(38100 + i),
  name: `Commune ${i}`,
  population: 1000 + i,
  postcodes: ['38130'],
  departementCode: '38',
  departement: { id: 'd38', code: '38', name: 'Isère' },
  matchedBy: 'POSTCODE',
  commitment: null,
  ...extra,
});

/** Where the page's address stands, to check that the filters are in it. */
function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

describe('SearchPage', () => {
  it('labels what matched, names the département, and pages through every result', async () => {
    const calls = mockGraphQL({
      SearchCollectivities: (v) => {
        const offset = v.offset as number;
        const count = Math.min(30, 45 - offset);
        return {
          searchCollectivities: {
            totalCount: 45,
            offset,
            hasNextPage: offset + count < 45,
            nodes: Array.from({ length: count }, (_, i) =>
              node(offset + i, offset + i === 0 ? { matchedBy: 'INSEE_CODE', code: '38130' } : {}),
            ),
          },
        };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <SearchPage />
        <Address />
      </>,
      { path: '/recherche?q=38130' },
    );
    const results = within(await screen.findByRole('list', { name: 'Résultats de la recherche' }));
    await waitFor(() => expect(results.getAllByRole('link')).toHaveLength(30));
    const first = results.getAllByRole('link')[0];
    expect(first).toHaveTextContent('Code INSEE 38130');
    expect(first).toHaveTextContent('Isère (38)');
    expect(results.getAllByRole('link')[1]).toHaveTextContent('Code postal 38130');
    expect(screen.getByTestId('search-range')).toHaveTextContent('Résultats 1 à 30 sur 45');

    await user.click(screen.getByRole('button', { name: 'Plus de résultats' }));
    await waitFor(() => expect(screen.getByTestId('search-range')).toHaveTextContent('Résultats 31 à 45 sur 45'));
    expect(results.getAllByRole('link')).toHaveLength(15);
    expect(screen.queryByRole('button', { name: 'Plus de résultats' })).not.toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('?q=38130&page=2');
    await user.click(screen.getByRole('button', { name: 'Résultats précédents' }));
    await waitFor(() => expect(screen.getByTestId('search-range')).toHaveTextContent('Résultats 1 à 30 sur 45'));
    expect(calls.slice(0, 2).map((c) => c.variables.offset)).toEqual([0, 30]);
  });

  it('filters by kind and to committed collectivities, through the address', async () => {
    const calls = mockGraphQL({
      SearchCollectivities: (v) => ({
        searchCollectivities: {
          totalCount: 1,
          offset: 0,
          hasNextPage: false,
          nodes: [
            node(1, {
              kind: v.kinds ? (v.kinds as string[])[0] : 'COMMUNE',
              matchedBy: 'NAME',
              name: 'Grenoble-Alpes-Métropole',
              commitment: v.committedOnly ? { id: 'k', demo: false, scores: { overall: 12 } } : null,
            }),
          ],
        },
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <>
        <SearchPage />
        <Address />
      </>,
      { path: '/recherche?q=grenoble&page=3' },
    );
    await screen.findByRole('link', { name: /Grenoble-Alpes-Métropole/ });
    await user.selectOptions(screen.getByLabelText('Type de collectivité'), 'METROPOLE');
    await user.click(screen.getByLabelText('Engagées seulement'));
    const link = await screen.findByRole('link', { name: /Engagée/ });
    expect(link).toHaveTextContent('Métropole');
    expect(link).not.toHaveTextContent('Nom');
    // A filter that changes starts again from the first page.
    expect(screen.getByTestId('address')).toHaveTextContent('?q=grenoble&kind=METROPOLE&engagees=1');
    expect(calls.at(-1)!.variables).toMatchObject({
      query: 'grenoble',
      kinds: ['METROPOLE'],
      committedOnly: true,
      offset: 0,
    });
    expect(calls[0].variables).toMatchObject({ kinds: null, committedOnly: false, offset: 60 });
  });

  it('opens with the filters of a shared address', async () => {
    const calls = mockGraphQL({
      SearchCollectivities: () => ({
        searchCollectivities: { totalCount: 0, offset: 0, hasNextPage: false, nodes: [] },
      }),
    });
    renderWithProviders(<SearchPage />, { path: '/recherche?q=rennes&kind=COMMUNE&engagees=1' });
    expect(await screen.findByText(/Aucune collectivité ne correspond à « rennes »/)).toBeInTheDocument();
    expect(screen.getByLabelText('Type de collectivité')).toHaveValue('COMMUNE');
    expect(screen.getByLabelText('Engagées seulement')).toBeChecked();
    expect(calls[0].variables).toMatchObject({ kinds: ['COMMUNE'], committedOnly: true });
  });
});
