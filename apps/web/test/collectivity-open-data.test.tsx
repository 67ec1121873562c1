import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import { collectivityPageMocks, echirollesPage } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const route = '/collectivite/:kind/:code';

describe('collectivity page: downloads and links to actions', () => {
  beforeEach(() => mockGraphQL(collectivityPageMocks()));

  it('offers each dataset of the page for download, filtered to this collectivity', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    const section = within(await screen.findByRole('region', { name: 'Données ouvertes de cette collectivité' }));
    const csv = section.getAllByRole('link', { name: /^CSV — / });
    expect(csv.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['CSV — Avancement des actions', '/exports/progress.csv?kind=COMMUNE&code=38151'],
      ['CSV — Jalons', '/exports/milestones.csv?kind=COMMUNE&code=38151'],
      ['CSV — Preuves', '/exports/evidence.csv?kind=COMMUNE&code=38151'],
      ['CSV — Audits des associations', '/exports/audits.csv?kind=COMMUNE&code=38151'],
      ['CSV — Inventaire logiciel', '/exports/inventory.csv?kind=COMMUNE&code=38151'],
      ['CSV — Historique', '/exports/history.csv?kind=COMMUNE&code=38151'],
    ]);
    expect(section.getByRole('link', { name: 'ODS — Historique' })).toHaveAttribute(
      'href',
      '/exports/history.ods?kind=COMMUNE&code=38151',
    );
    expect(section.getByRole('link', { name: 'Tous les jeux de données' })).toHaveAttribute(
      'href',
      '/donnees-ouvertes',
    );
  });

  it('offers only the inventory and the history of a collectivity with no commitment', async () => {
    const page = echirollesPage();
    page.collectivity.commitment = null;
    mockGraphQL(collectivityPageMocks(() => page));
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    const section = within(await screen.findByRole('region', { name: 'Données ouvertes de cette collectivité' }));
    expect(section.getAllByRole('link', { name: /^JSON — / }).map((a) => a.getAttribute('href'))).toEqual([
      '/exports/inventory.json?kind=COMMUNE&code=38151',
      '/exports/history.json?kind=COMMUNE&code=38151',
    ]);
  });

  it('gives each action an id and a visible link to it', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    const action = await screen.findByTestId('action-1.5');
    expect(action).toHaveAttribute('id', 'action-1.5');
    const link = within(action).getByRole('link', { name: 'Lien vers l’action 1.5' });
    expect(link).toHaveTextContent('lien');
    expect(link).toHaveAttribute('href', '#action-1.5');
  });

  const territoryPage = (kind: 'DEPARTEMENT' | 'METROPOLE', code: string, name: string) => {
    const page = echirollesPage();
    return {
      collectivity: {
        ...page.collectivity,
        id: `c-${code}`,
        kind,
        code,
        name,
        isEpci: kind === 'METROPOLE',
        epci: null,
        commitment: null,
      },
    };
  };
  const committedNode = (i: number) => ({
    id: `n-${i}`,
    kind: 'COMMUNE',
    code: String(38000 + i),
    name: `Commune ${String(i).padStart(2, '0')}`,
    commitment: { id: `k-${i}`, demo: false, scores: { overall: i } },
  });

  it('lists the committed collectivities of a département, 50 at a time, with the same list for download', async () => {
    const asked: Record<string, unknown>[] = [];
    mockGraphQL({
      ...collectivityPageMocks(() => territoryPage('DEPARTEMENT', '38', 'Isère')),
      TerritoryCommitted: (v) => {
        asked.push(v);
        const first = v.first as number;
        return {
          committedCollectivities: {
            totalCount: 60,
            offset: 0,
            hasNextPage: first < 60,
            nodes: Array.from({ length: Math.min(first, 60) }, (_, i) => committedNode(i + 1)),
          },
        };
      },
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/departement/38', route });
    const section = within(await screen.findByTestId('territory-committed'));
    expect(section.getByRole('heading', { level: 2 })).toHaveTextContent('Collectivités engagées du territoire');
    expect(await section.findByTestId('territory-count')).toHaveTextContent('60 collectivités engagées');
    expect(section.getAllByTestId('territory-row')).toHaveLength(50);
    expect(section.getByRole('link', { name: 'Commune 01' })).toHaveAttribute('href', '/collectivite/commune/38001');
    expect(section.getByRole('link', { name: 'CSV' })).toHaveAttribute(
      'href',
      '/exports/committed-collectivities.csv?departement=38',
    );
    expect(section.getByRole('link', { name: /liste des collectivités engagées/ })).toHaveAttribute(
      'href',
      '/collectivites-engagees?departement=38',
    );
    await userEvent.click(section.getByRole('button', { name: 'Plus de collectivités' }));
    await waitFor(() => expect(section.getAllByTestId('territory-row')).toHaveLength(60));
    expect(section.queryByRole('button', { name: 'Plus de collectivités' })).not.toBeInTheDocument();
    expect(asked.map((v) => [v.departementCode, v.regionCode, v.epciCode, v.first])).toEqual([
      ['38', undefined, undefined, 50],
      ['38', undefined, undefined, 100],
    ]);
  });

  it('stops at the 100 the API gives at once, and leads to the paged list for the rest', async () => {
    mockGraphQL({
      ...collectivityPageMocks(() => territoryPage('DEPARTEMENT', '38', 'Isère')),
      TerritoryCommitted: (v) => ({
        committedCollectivities: {
          totalCount: 250,
          offset: 0,
          hasNextPage: true,
          nodes: Array.from({ length: v.first as number }, (_, i) => committedNode(i + 1)),
        },
      }),
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/departement/38', route });
    const section = within(await screen.findByTestId('territory-committed'));
    await userEvent.click(await section.findByRole('button', { name: 'Plus de collectivités' }));
    await waitFor(() => expect(section.getAllByTestId('territory-row')).toHaveLength(100));
    expect(section.queryByRole('button', { name: 'Plus de collectivités' })).not.toBeInTheDocument();
    expect(section.getByRole('link', { name: /liste des collectivités engagées/ })).toHaveAttribute(
      'href',
      '/collectivites-engagees?departement=38',
    );
  });

  it('lists the committed member communes of an EPCI, and says when there are none', async () => {
    const asked: Record<string, unknown>[] = [];
    mockGraphQL({
      ...collectivityPageMocks(() => territoryPage('METROPOLE', '200040715', 'Grenoble-Alpes-Métropole')),
      TerritoryCommitted: (v) => {
        asked.push(v);
        return { committedCollectivities: { totalCount: 0, offset: 0, hasNextPage: false, nodes: [] } };
      },
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/metropole/200040715', route });
    const section = within(await screen.findByTestId('territory-committed'));
    expect(section.getByRole('heading', { level: 2 })).toHaveTextContent('Communes membres engagées');
    expect(await section.findByText('Aucune commune membre n’est engagée pour l’instant.')).toBeInTheDocument();
    expect(section.getByRole('link', { name: 'JSON' })).toHaveAttribute(
      'href',
      '/exports/committed-collectivities.json?epci=200040715',
    );
    expect(asked[0]).toMatchObject({ epciCode: '200040715' });
    expect(asked[0].departementCode).toBeUndefined();
  });

  it('shows no territory list on a commune page', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    await screen.findByRole('heading', { level: 1, name: 'Échirolles' });
    expect(screen.queryByTestId('territory-committed')).not.toBeInTheDocument();
  });
});
