import { screen, within } from '@testing-library/react';
import { NationalOverview } from '../src/features/overview/components/NationalOverview';
import { nationalOverview } from './support/fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));
jest.mock('../src/components/charts/LineChart', () => ({ __esModule: true, default: () => null }));

describe('NationalOverview', () => {
  it('shows the key figures, a table beside every chart and, without map tiles, the département grid', async () => {
    mockGraphQL({
      NationalOverview: () => nationalOverview(3, { tileUrl: null, attribution: '', attributionUrl: null }),
    });
    renderWithProviders(<NationalOverview />);
    expect(screen.getByRole('status')).toHaveTextContent('Chargement des chiffres nationaux');
    expect(await screen.findByTestId('figure-commitments')).toHaveTextContent(
      '3collectivités engagées2 par une liste élue, 1 par délibération',
    );
    expect(screen.getByRole('table', { name: 'Avancement moyen par section du pacte' })).toBeInTheDocument();
    const regions = screen.getByRole('table', { name: /par région/ });
    expect(
      within(regions)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RégionCollectivités engagéesAvancement moyen',
      expect.stringMatching(/^Auvergne-Rhône-Alpes115,5/),
      expect.stringMatching(/^Île-de-France15,3/),
    ]);
    expect(screen.getByRole('table', { name: /strate de population/ })).toBeInTheDocument();
    // Progress over time: the line chart's table, month by month in order.
    expect(
      within(screen.getByRole('table', { name: 'Avancement national mois par mois' }))
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'MoisCollectivités engagéesActions réaliséesAvancement moyen',
      expect.stringMatching(/^mars 2026100\s%$/),
      expect.stringMatching(/^avr\. 2026224,1\s%$/),
    ]);
    // The grid is a lazy chunk (with the list of départements): its first load may be slow on a cold cache.
    const departements = await screen.findByRole(
      'table',
      { name: 'Départements ayant au moins une collectivité engagée' },
      { timeout: 15000 },
    );
    expect(within(departements).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(/Isère \(38\) : 1 collectivité engagée, avancement moyen 15,5/)).toBeInTheDocument();
  });

  it('says beside the figures and on the map which commitments are the fictional demo’s, and only then', async () => {
    mockGraphQL({
      NationalOverview: () => nationalOverview(3, { tileUrl: null, attribution: '', attributionUrl: null }, 1),
    });
    renderWithProviders(<NationalOverview />);
    expect(await screen.findByTestId('demo-notice')).toHaveTextContent(
      'Données de démonstration. 1 des collectivités engagées comptées dans ces chiffres et sur la carte a un engagement fictif',
    );
    const departements = await screen.findByRole(
      'table',
      { name: 'Départements ayant au moins une collectivité engagée' },
      { timeout: 15000 },
    );
    expect(within(departements).getByRole('row', { name: /Isère/ })).toHaveTextContent(
      '1 (dont 1 de démonstration, fictive)',
    );
    expect(
      screen.getByText(
        /Isère \(38\) : 1 collectivité engagée, avancement moyen 15,5 % \(dont 1 de démonstration, fictive\)/,
      ),
    ).toBeInTheDocument();
  });

  it('shows no demo notice when no commitment is the demo’s', async () => {
    mockGraphQL({ NationalOverview: () => nationalOverview(3) });
    renderWithProviders(<NationalOverview />);
    await screen.findByTestId('figure-commitments');
    expect(screen.queryByTestId('demo-notice')).not.toBeInTheDocument();
  });

  it('has an empty state when nobody is committed yet', async () => {
    mockGraphQL({ NationalOverview: () => nationalOverview(0) });
    renderWithProviders(<NationalOverview />);
    expect(await screen.findByText('Aucune collectivité engagée pour le moment.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /par région/ })).not.toBeInTheDocument();
  });
});
