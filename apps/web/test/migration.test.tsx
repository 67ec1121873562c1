import { screen, within } from '@testing-library/react';
import { MigrationSection } from '../src/features/migration/components/MigrationSection';
import { stagesByCategory } from '../src/features/migration/utils/inventory';
import { share } from './support/migration-fixtures';
import { mockGraphQL, renderWithProviders } from './support/render';

jest.mock('../src/components/charts/BarChart', () => ({ __esModule: true, default: () => null }));

const items = [
  {
    id: 'i1',
    category: 'OFFICE_SUITE' as const,
    productName: 'Microsoft Office',
    seats: 300,
    stage: 'DEFAULT' as const,
  },
  {
    id: 'i2',
    category: 'OFFICE_SUITE' as const,
    productName: 'Word (mairie annexe)',
    seats: 100,
    stage: 'PILOT' as const,
  },
  {
    id: 'i3',
    category: 'WORKSTATION_OS' as const,
    productName: 'Windows 10',
    seats: null,
    stage: 'INVENTORY' as const,
  },
];

describe('stagesByCategory', () => {
  it('gives the share of each category’s seats at every stage, an unknown seat count counting as one', () => {
    const [office, os] = stagesByCategory(items, 'fr');
    expect(office.stages.map((s) => [s.key, s.value])).toEqual([
      ['INVENTORY', 0],
      ['PILOT', 25],
      ['PARALLEL_RUN', 0],
      ['DEFAULT', 75],
      ['LEGACY_REMOVED', 0],
    ]);
    expect(os.stages.find((s) => s.key === 'INVENTORY')!.value).toBe(100);
  });
});

describe('MigrationSection', () => {
  it('shows the inventory figures, a chart and table per category, readiness as a self-assessment and the downloads', async () => {
    mockGraphQL({
      CollectivityMigration: () => ({
        collectivity: {
          id: 'c1',
          code: '38151',
          kind: 'COMMUNE',
          epci: null,
          pooledItBody: null,
          pooledItMembers: [],
          pooledInventory: [],
          inventory: items.map((i) => ({
            ...i,
            productIsFree: false,
            audience: 'STAFF',
            contractEndsOn: i.id === 'i1' ? '2026-12-31' : null,
            renewalOn: null,
            yearlyCost: i.id === 'i1' ? 24000 : null,
            stageReachedOn: '2026-05-02',
            // A migration planned stage by stage: shown with its days, counted in no figure.
            plannedStages:
              i.id === 'i1'
                ? [
                    { stage: 'PILOT', plannedOn: '2099-03-01' },
                    { stage: 'DEFAULT', plannedOn: '2099-09-01' },
                  ]
                : [],
            runsFree: i.stage === 'DEFAULT',
            targetEntry: { id: 'lo', name: 'LibreOffice' },
            productEntry: null,
            notes: null,
            actionCodes: ['1.5'],
            appliesToAllMembers: true,
            appliesToMembers: [],
            proposedProgressUpdates: [],
            version: 1,
          })),
          tnlLabels: [],
          fleet: [],
          contractSummary: {
            dueWithin12Months: [
              { id: 'i1', productName: 'Microsoft Office', contractEndsOn: '2026-12-31', renewalOn: null },
            ],
            proprietaryYearlyCost: 24000,
            proprietaryWithoutCost: 2,
          },
          inventoryFigures: {
            linuxWorkstationShare: null,
            freeOfficeSeatShare: 75,
            linuxServerShare: null,
            freeBusinessApplications: 2,
            shares: [
              share('linuxWorkstationShare', null, 0, null),
              { ...share('freeOfficeSeatShare', 75, 400, 'INVENTORY'), freeSeats: 300 },
              share('linuxServerShare', null, 0, null),
            ],
            audiences: [],
          },
          commitment: {
            id: 'k1',
            actions: [],
            evidence: [],
            labelReadiness: {
              tier: 'BADGE',
              legacyLevel: 0,
              nextTier: 'BRONZE',
              noticeFr: 'Estimation indicative : le jury ne publie pas de grille.',
              noticeEn: 'Indicative estimate: the jury publishes no grid.',
              overall: { met: 3, applicable: 20, percent: 15 },
              domains: [
                {
                  domain: 'DATA_MANAGEMENT',
                  met: 0,
                  applicable: 5,
                  percent: 0,
                  criteria: [
                    {
                      id: 'DM-OPEN-DATA',
                      titleFr: 'Données ouvertes publiées',
                      titleEn: 'Open data published',
                      status: 'UNMET',
                      metByFr: null,
                      metByEn: null,
                      throughPooling: false,
                    },
                  ],
                },
              ],
              missingForNextTier: [
                {
                  id: 'DM-OPEN-DATA',
                  domain: 'DATA_MANAGEMENT',
                  titleFr: 'Données ouvertes publiées',
                  titleEn: 'Open data published',
                  satisfiedByFr: ['action 2.4 réalisée'],
                  satisfiedByEn: ['action 2.4 done'],
                },
              ],
            },
          },
        },
      }),
    });
    renderWithProviders(<MigrationSection collectivityId="c1" />);
    const figures = await screen.findByTestId('inventory-figures');
    expect(figures).toHaveTextContent(/Part des postes sur une suite bureautique libre\s*75\s%/);
    // No fleet declared: the share says it is over the inventory only, and the page invites declaring the fleet.
    expect(screen.getByTestId('figure-freeOfficeSeatShare')).toHaveTextContent(
      /75\s%\s?\(sur les 400 inventoriés seulement, parc non déclaré\)/,
    );
    expect(screen.getByTestId('fleet-missing')).toHaveTextContent(/Déclarez le parc complet/);
    // Action 1.3: the contract due within 12 months and the licences' yearly cost, a lower bound with two unknown.
    const contracts = screen.getByTestId('contracts-summary');
    expect(contracts).toHaveTextContent(/Contrats arrivant à échéance dans les 12 mois\s?: Microsoft Office \(31 déc/);
    expect(contracts).toHaveTextContent(/Coût annuel des licences propriétaires encore en usage\s?: 24\s000\s€/);
    expect(contracts).toHaveTextContent(/2 licence\(s\) propriétaire\(s\) sans coût connu/);
    const list = screen.getByRole('table', { name: /Inventaire des logiciels/ });
    expect(list).toHaveTextContent(/Pilote\s: prévu le 1er mars 2099\s*Par défaut\s: prévu le 1er septembre 2099/);
    const office = screen.getByRole('table', { name: /Suite bureautique.*part des postes/i });
    expect(within(office).getAllByRole('row')[4]).toHaveTextContent(/Par défaut|défaut/i);
    const readiness = screen.getByTestId('label-readiness');
    expect(readiness).toHaveTextContent(
      /\(auto-évaluation\)\s*Estimation indicative : le jury ne publie pas de grille\./,
    );
    expect(readiness).toHaveTextContent('Données ouvertes publiées');
    // An estimate, the Badge as the entry and not a grade of the Label, and no "niveau 0" on a 1-to-5 scale.
    expect(screen.getByTestId('readiness-estimate')).toHaveTextContent(
      /^Estimation de cette auto-évaluation\s?: le Badge \(l’entrée dans la démarche, distincte des niveaux du Label\)\s?; aucun niveau de l’ancienne échelle/,
    );
    expect(readiness).not.toHaveTextContent(/niveau 0/);
    // The criterion that only evidence filed under it meets, and has none, is named.
    expect(screen.getByTestId('criteria-lacking-evidence')).toHaveTextContent('« Données ouvertes publiées »');
    expect(screen.getByTestId('criterion-DM-OPEN-DATA')).toHaveTextContent('Non rempli');
    expect(screen.getByRole('link', { name: /OpenDocument/ })).toHaveAttribute('href', '/labels/application/c1.odt');
    expect(screen.getByRole('link', { name: /Markdown/ })).toHaveAttribute('href', '/labels/application/c1.md');
    expect(screen.getByRole('link', { name: /flux Atom/ })).toHaveAttribute('href', '/feeds/collectivity/c1.atom');
  });
});
