import { findAction } from '@pacte/pact';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CollectivityPage from '../src/features/collectivity/components/CollectivityPage';
import { MandateClock } from '../src/features/collectivity/components/MandateClock';
import { auditOf, collectivityPageMocks, echirollesPage, migrationOf } from './support/fixtures';
import { windowsItem } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const route = '/collectivite/:kind/:code';

describe('CollectivityPage', () => {
  beforeEach(() => {
    // Every query the page sends, answered consistently: any other request fails the test.
    mockGraphQL({
      ...collectivityPageMocks(),
      CollectivityPage: (v) => {
        if (v.code !== '38151') throw { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] };
        return echirollesPage();
      },
    });
  });

  it('shows a loading state, then the commitment, its source and the progress by section', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    expect(screen.getByRole('status')).toHaveTextContent('Chargement');
    expect(await screen.findByRole('heading', { level: 1, name: 'Échirolles' })).toBeInTheDocument();
    expect(screen.getByText(/La liste signataire « \[Démo\] Échirolles libre et solidaire »/)).toBeInTheDocument();
    expect(screen.getByText('Données de démonstration.')).toBeInTheDocument();
    const section1 = screen.getByTestId('section-score-1');
    expect(section1).toHaveTextContent('Section 1');
    expect(section1).toHaveTextContent('2 actions réalisées sur 11');
    expect(screen.getByTestId('section-score-2')).toHaveTextContent('1 non applicable');
    // Every weight of the 2026 edition is 1: a plain mean, not called "pondéré".
    expect(screen.getByTestId('progress-method')).toHaveTextContent('chacune comptant autant');
    expect(document.body).not.toHaveTextContent(/pondér/i);
    expect(document.title).toBe('Échirolles — Pacte du Logiciel Libre — suivi');
  });

  it('gives every action the pact’s own words beside its short title, with the footnotes’ addresses', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    const action = await screen.findByTestId('action-1.1');
    expect(within(action).getByTestId('source-1.1')).toHaveTextContent(
      "Convaincre la direction générale et les personnes élues d'appuyer la démarche",
    );
    const acquisition = within(screen.getByTestId('source-1.2'));
    expect(acquisition.getByRole('link', { name: "Conseil d'État a validé" })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.april\.org\//),
    );
  });

  it('shows the pact’s three sections as its commitments: the collectivity’s word and the audit’s, apart', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    const sections = await screen.findByTestId('pact-sections');
    expect(within(sections).getByRole('heading', { level: 2 })).toHaveTextContent('Les trois engagements du pacte');
    // Not kept: nobody said the three commitments are kept, whatever the actions' progress.
    expect(screen.getByTestId('pact-standing')).toHaveTextContent('Pacte pas encore tenu');
    expect(screen.getByTestId('section-self-1')).toHaveTextContent('En cours — Bureautique libre pour tous les agents');
    expect(screen.getByTestId('section-verdict-1')).toHaveTextContent('Pas encore audité.');
    expect(screen.getByTestId('section-self-2')).toHaveTextContent('Pas encore d’auto-évaluation.');
    // The public reads it; the forms are for the collectivity's managers and the auditors only.
    expect(screen.queryByTestId('self-assess-1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('assess-section-1')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Engagements' })).toHaveAttribute('href', '#sections-heading');
  });

  it('measures the mandate clock from the score the API gives at the clock start, not from 0', async () => {
    const page = echirollesPage();
    const commitment = page.collectivity.commitment!;
    // Everything declared was declared on the first day: no progress since, whatever the score.
    const atStart = { ...commitment, scoreAtClockStart: commitment.scores.overall };
    mockGraphQL({
      ...collectivityPageMocks(),
      CollectivityPage: () => ({ collectivity: { ...page.collectivity, commitment: atStart } }),
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    expect(await screen.findByTestId('clock-status')).toHaveTextContent(/Aucun progrès déclaré depuis l’engagement/);
    expect(screen.queryByText(/sera tenu avant/)).not.toBeInTheDocument();
  });

  it('tells a commune that is not committed that a winning list or its council commits it, an EPCI its council only', async () => {
    const notCommitted = (kind: 'COMMUNE' | 'METROPOLE', code: string, name: string) => {
      const page = echirollesPage();
      return { collectivity: { ...page.collectivity, id: `c-${code}`, kind, code, name, commitment: null } };
    };
    mockGraphQL({
      ...collectivityPageMocks(),
      CollectivityPage: (v) =>
        v.code === '200040715'
          ? notCommitted('METROPOLE', '200040715', 'Grenoble-Alpes-Métropole')
          : notCommitted('COMMUNE', '38185', 'Grenoble'),
    });
    const { unmount } = renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38185', route });
    await screen.findByRole('heading', { level: 1, name: 'Grenoble' });
    expect(screen.getByText(/si une liste signataire remporte la majorité ou si son conseil/)).toBeInTheDocument();
    unmount();
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/metropole/200040715', route });
    await screen.findByRole('heading', { level: 1, name: 'Grenoble-Alpes-Métropole' });
    expect(screen.getByText(/si son conseil adopte le pacte par délibération/)).toBeInTheDocument();
    expect(screen.queryByText(/liste signataire remporte/)).not.toBeInTheDocument();
  });

  it('lists on an EPCI’s page the signatories who sit on its community council', async () => {
    const page = echirollesPage();
    mockGraphQL({
      ...collectivityPageMocks(),
      CollectivityPage: () => ({
        collectivity: {
          ...page.collectivity,
          id: 'c-epci',
          kind: 'METROPOLE',
          code: '200040715',
          name: 'Grenoble-Alpes-Métropole',
          isEpci: true,
          commitment: null,
          councilSignatories: [
            {
              id: 's1',
              firstName: 'Zoé',
              lastName: 'Dupont',
              candidateList: {
                id: 'l1',
                name: 'Vivre ensemble',
                collectivity: { id: 'c1', kind: 'COMMUNE', code: '38151', name: 'Échirolles' },
              },
            },
          ],
        },
      }),
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/metropole/200040715', route });
    const section = await screen.findByTestId('council-signatories');
    expect(
      within(section).getByRole('heading', { name: 'Signataires du pacte au conseil communautaire' }),
    ).toBeInTheDocument();
    const row = within(section).getByRole('row', { name: /Zoé Dupont/ });
    expect(row).toHaveTextContent('Vivre ensemble');
    expect(within(row).getByRole('link', { name: 'Échirolles' })).toHaveAttribute(
      'href',
      '/collectivite/commune/38151',
    );
  });

  it('lists the 31 actions with status, %, target date, milestones and evidence, and filters them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    await screen.findByRole('heading', { level: 1, name: 'Échirolles' });
    expect(screen.getAllByTestId(/^action-/)).toHaveLength(31);
    const a15 = screen.getByTestId('action-1.5');
    expect(a15).toHaveTextContent('En cours');
    expect(a15).toHaveTextContent(/70\s%\s\(saisi\)/);
    expect(a15).toHaveTextContent('30 juin 2027');
    expect(
      within(a15)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Atteint'), expect.stringContaining('Prévu')]);
    expect(
      within(screen.getByTestId('action-1.1')).getByRole('link', { name: /Délibération adoptant/ }),
    ).toHaveAttribute('href', 'https://example.org/deliberation');
    expect(screen.getByTestId('action-2.7')).toHaveTextContent('exclue du calcul');
    // The action's title is the catalogue's (@pacte/pact): the page's answer no longer carries it.
    expect(within(screen.getByTestId('action-1.2')).getByRole('heading', { level: 4 })).toHaveTextContent(
      `1.2 ${findAction('1.2')!.title.fr}`,
    );
    await user.selectOptions(screen.getByLabelText('Afficher les actions'), 'DONE');
    expect(screen.getAllByTestId(/^action-/).map((e) => e.dataset.testid)).toEqual(['action-1.1', 'action-1.7']);
  });

  it('shows the history, the comparison with its stratum, in English too', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route, locale: 'en' });
    const entries = await screen.findAllByTestId('history-entry');
    expect(entries[0]).toHaveTextContent(/^.*Action 1\.5 “.+”: planned → in progress \(70%\)\./);
    // The author's role, never a name; jobs by what they are.
    expect(entries[0]).toHaveTextContent('by: IT manager');
    expect(entries[1]).toHaveTextContent('demonstration data');
    expect(entries[2]).toHaveTextContent('Commitment to the pact, by an elected signatory list.');
    // Sentences, not code: no entity or field names.
    for (const entry of entries)
      expect(entry).not.toHaveTextContent(/ActionProgress|\((Evidence|Commitment)\)|actionCodes|champs/);
    const table = await screen.findByRole('table', { name: /Progress of the collectivity, of its population band/ });
    expect(within(table).getByRole('row', { name: /Overall progress/ })).toHaveTextContent('10.4%');
    expect(screen.getByTestId('progress-method')).toHaveTextContent('each counting the same');
    expect(document.body).not.toHaveTextContent(/weighted/i);
    // In English, each action's title and description, from the catalogue.
    const action = findAction('3.1')!;
    const item = screen.getByTestId('action-3.1');
    expect(within(item).getByRole('heading', { level: 4 })).toHaveTextContent(`3.1 ${action.title.en}`);
    expect(item).toHaveTextContent(action.description.en);
  });

  it('shows the inventory, the label readiness and the auditors’ verdicts, each from its own query', async () => {
    mockGraphQL({
      CollectivityMigration: () => migrationOf(echirollesPage(), [windowsItem()]),
      CollectivityAudit: () =>
        auditOf(
          echirollesPage(),
          {
            '1.1': [
              {
                id: 'a1',
                verdict: 'KEPT',
                justification: 'Délibération publiée.',
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
            sections: [{ section: 1, score: 9.1, actionsTotal: 11, actionsAssessed: 1, verdictsCounted: 1 }],
          },
        ),
    });
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/38151', route });
    const inventory = await screen.findByRole('table', { name: /Inventaire des logiciels/ });
    expect(within(inventory).getByRole('row', { name: /Windows 10/ })).toHaveTextContent('Ubuntu');
    expect(screen.getByTestId('label-readiness')).toHaveTextContent('Auto-évaluation.');
    expect(await screen.findByTestId('assessments-1.1')).toHaveTextContent('Tenu par April');
    expect(screen.getByTestId('audited-score-1')).toHaveTextContent(/9,1\s%/);
  });

  it('says so when the collectivity does not exist', async () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/commune/99999', route });
    expect(await screen.findByRole('heading', { level: 1, name: 'Collectivité introuvable' })).toBeInTheDocument();
  });

  it('says so for an unknown kind in the address, without asking the API', () => {
    renderWithProviders(<CollectivityPage />, { path: '/collectivite/village/38151', route });
    expect(screen.getByRole('heading', { level: 1, name: 'Collectivité introuvable' })).toBeInTheDocument();
  });
});

describe('MandateClock', () => {
  it('reads the clock on a given day', () => {
    renderWithProviders(<MandateClock overall={15.5} committedOn="2026-03-22" today="2026-11-22" />);
    expect(screen.getByText('8 mois sur 72,3')).toBeInTheDocument();
    expect(
      screen.getByText(/Au rythme actuel, toutes les actions applicables seront déclarées réalisées/),
    ).toBeInTheDocument();
    // The clock measures the declared actions; the pact commits to its three parts' aims: it never says "pacte tenu".
    expect(screen.getByTestId('clock-status').closest('section')).not.toHaveTextContent(
      /pacte (sera )?tenu|Pacte tenu/,
    );
  });

  it('says when the pace is too slow and when nothing was declared', () => {
    const { unmount } = renderWithProviders(<MandateClock overall={1} committedOn="2026-03-22" today="2028-03-22" />);
    expect(screen.getByText(/ne seront pas toutes réalisées/)).toBeInTheDocument();
    unmount();
    renderWithProviders(<MandateClock overall={0} committedOn="2026-03-22" today="2028-03-22" />);
    expect(screen.getByText('jamais (aucun progrès depuis l’engagement)')).toBeInTheDocument();
    expect(screen.getByTestId('clock-status')).toHaveTextContent(/Aucun progrès déclaré depuis l’engagement/);
    expect(screen.getByTestId('clock-status')).not.toHaveTextContent(/sera tenu avant/);
  });

  it('never says “sera tenu” beside “jamais”, and has no verdict on the first day', () => {
    const { unmount } = renderWithProviders(<MandateClock overall={0} committedOn="2026-03-22" today="2026-03-22" />);
    expect(screen.getByTestId('clock-status')).toHaveTextContent('Trop tôt pour mesurer un rythme');
    expect(screen.queryByText(/sera tenu/)).not.toBeInTheDocument();
    expect(screen.queryByText(/jamais/)).not.toBeInTheDocument();
    unmount();
    // 60 % at commitment, 66 % a year later: the pace counts the 6 points, not the 66.
    renderWithProviders(<MandateClock overall={66} startOverall={60} committedOn="2026-03-22" today="2027-03-22" />);
    expect(screen.getByText('0,5 points par mois', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('clock-status')).toHaveTextContent(/ne seront pas toutes réalisées/);
  });
});
