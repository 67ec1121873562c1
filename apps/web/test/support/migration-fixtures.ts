import type { CollectivityMigrationQuery } from '../../src/generated/graphql';
import type { Me } from '../../src/features/account/hooks/useSession';

type Collectivity = CollectivityMigrationQuery['collectivity'];
type Item = Collectivity['inventory'][number];

type Share = Collectivity['inventoryFigures']['shares'][number];

/** One share of the inventory figures, none of whose seats runs free software. */
export const share = (figure: Share['figure'], percent: number | null, base: number, basis: Share['basis']): Share => ({
  figure,
  percent,
  freeSeats: 0,
  base,
  basis,
  inventoryExceedsFleet: false,
});

/** A signed-in user with these grants. */
export function meWith(roles: { role: string; status?: string; collectivityId: string }[] = []): Me {
  return {
    id: 'u1',
    displayName: 'Dominique',
    email: 'dominique@example.org',
    signedInWithProvider: false,
    roles: roles.map((r, i) => ({
      id: `g${i}`,
      role: r.role as Me['roles'][number]['role'],
      status: (r.status ?? 'ACTIVE') as Me['roles'][number]['status'],
      auditScope: null,
      auditScopeCode: null,
      collectivity: { id: r.collectivityId },
    })),
  };
}

/** Windows 10 on 280 workstations, piloting Ubuntu since 2 May 2026 (advances action 1.8). */
export function windowsItem(overrides: Partial<Item> = {}): Item {
  return {
    id: 'item-w10',
    category: 'WORKSTATION_OS',
    productName: 'Windows 10',
    productIsFree: false,
    seats: 280,
    audience: 'STAFF',
    contractEndsOn: null,
    renewalOn: null,
    yearlyCost: null,
    stage: 'PILOT',
    stageReachedOn: '2026-05-02',
    plannedStages: [],
    runsFree: false,
    targetEntry: { id: 'entry-ubuntu', name: 'Ubuntu' },
    productEntry: null,
    notes: null,
    actionCodes: ['1.8'],
    appliesToAllMembers: true,
    appliesToMembers: [],
    version: 3,
    proposedProgressUpdates: [],
    ...overrides,
  };
}

/** The migration section's data for Échirolles: the items given, a commitment with 1.8 planned, labels given. */
export function echirollesMigration(
  items: Item[] = [windowsItem()],
  labels: Collectivity['tnlLabels'] = [],
): CollectivityMigrationQuery {
  return {
    collectivity: {
      id: 'c-38151',
      code: '38151',
      kind: 'COMMUNE',
      epci: null,
      pooledItBody: null,
      pooledItMembers: [],
      pooledInventory: [],
      inventory: items,
      tnlLabels: labels,
      fleet: [],
      contractSummary: { dueWithin12Months: [], proprietaryYearlyCost: 0, proprietaryWithoutCost: items.length },
      inventoryFigures: {
        linuxWorkstationShare: 0,
        freeOfficeSeatShare: null,
        linuxServerShare: null,
        freeBusinessApplications: 0,
        shares: [
          share('linuxWorkstationShare', 0, 280, 'INVENTORY'),
          share('freeOfficeSeatShare', null, 0, null),
          share('linuxServerShare', null, 0, null),
        ],
        audiences: [],
      },
      commitment: {
        id: 'commitment-1',
        actions: [
          { actionCode: '1.5', status: 'IN_PROGRESS', progress: 70 },
          { actionCode: '1.8', status: 'PLANNED', progress: 10 },
        ],
        evidence: [
          {
            id: 'ev1',
            kind: 'COUNCIL_DELIBERATION' as const,
            title: 'Délibération adoptant la feuille de route',
            description: null,
            date: '2026-05-20',
            url: null,
            actionCodes: ['1.5'],
            criterionIds: [],
            version: 1,
            file: null,
          },
        ],
        labelReadiness: {
          tier: 'BADGE',
          legacyLevel: 1,
          nextTier: 'BRONZE',
          noticeFr: 'Auto-évaluation.',
          noticeEn: 'Self-assessment.',
          overall: { met: 3, applicable: 20, percent: 15 },
          domains: [
            {
              domain: 'FREE_SOFTWARE',
              met: 2,
              applicable: 5,
              percent: 40,
              criteria: [
                {
                  id: 'FS-WORKSTATIONS',
                  titleFr: 'Des postes de travail passés à GNU/Linux',
                  titleEn: 'Workstations moved to GNU/Linux',
                  status: 'MET',
                  metByFr: 'Part des postes sous GNU/Linux (inventaire) : au moins 10 %',
                  metByEn: 'Share of workstations on GNU/Linux (inventory): at least 10 %',
                  throughPooling: false,
                },
              ],
            },
          ],
          missingForNextTier: [],
        },
      },
    },
  };
}

/** A catalogue entry as softwareCatalogue returns it. */
export function ubuntuEntry() {
  return {
    id: 'entry-ubuntu',
    name: 'Ubuntu',
    category: 'WORKSTATION_OS' as const,
    source: 'SEED' as const,
    licence: 'LicenseRef-Free-Distribution',
    replaces: ['Microsoft Windows', 'macOS'],
    actionCodes: ['1.8'],
  };
}
