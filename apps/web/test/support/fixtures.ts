import { computeScores, getCatalogue, PROGRESS_STATUSES, type ProgressStatus } from '@pacte/pact';
import type {
  CollectivityAuditQuery,
  CollectivityHistoryQuery,
  CollectivityMigrationQuery,
  CollectivityPageQuery,
  NationalOverviewQuery,
  StratumComparisonQuery,
} from '../../src/generated/graphql';

const declared: Record<string, { status: ProgressStatus; progress?: number; targetDate?: string; owner?: string }> = {
  '1.1': { status: 'DONE', owner: 'Direction générale des services' },
  '1.5': { status: 'IN_PROGRESS', progress: 70, targetDate: '2027-06-30', owner: 'DSI' },
  '1.7': { status: 'DONE', owner: 'DSI' },
  '2.7': { status: 'NOT_APPLICABLE' },
};

/** Échirolles as the API returns it, with a few declared actions (the rest NOT_STARTED). */
export function echirollesPage(): CollectivityPageQuery {
  const entries = Object.entries(declared).map(([actionCode, d]) => ({
    actionCode,
    status: d.status,
    progress: d.progress ?? null,
  }));
  const scores = computeScores(entries);
  return {
    collectivity: {
      id: 'c-38151',
      kind: 'COMMUNE',
      code: '38151',
      name: 'Échirolles',
      population: 37491,
      postcodes: ['38130'],
      siren: '213801515',
      isEpci: false,
      councilSignatories: [],
      departement: { id: 'd-38', kind: 'DEPARTEMENT', code: '38', name: 'Isère' },
      region: { id: 'r-84', kind: 'REGION', code: '84', name: 'Auvergne-Rhône-Alpes' },
      epci: { id: 'e-1', kind: 'METROPOLE', code: '200040715', name: 'Grenoble-Alpes-Métropole' },
      commitment: {
        id: 'commitment-1',
        edition: '2026',
        source: 'LIST_MAJORITY',
        committedOn: '2026-03-22',
        scoreAtClockStart: 0,
        deliberationNumber: null,
        deliberationDate: null,
        demo: true,
        candidateList: {
          id: 'list-1',
          name: '[Démo] Échirolles libre et solidaire',
          headOfList: 'Camille Exemple',
          parties: ['Démo'],
          outcome: 'MAJORITY',
          election: { code: 'MUNICIPALES_2026', name: 'Élections municipales et communautaires 2026' },
        },
        sectionSelfAssessments: [
          {
            section: 1,
            status: 'IN_PROGRESS',
            explanation: 'Bureautique libre pour tous les agents, serveurs en cours.',
            version: 1,
            updatedAt: '2026-05-02T08:00:00.000Z',
          },
        ],
        sectionAssessments: [],
        pactStanding: {
          status: 'NOT_KEPT',
          sections: [1, 2, 3].map((section) => ({
            section,
            selfStatus: section === 1 ? ('IN_PROGRESS' as const) : null,
            verdict: null,
          })),
        },
        scores: {
          overall: scores.overall,
          sections: scores.sections,
          counts: PROGRESS_STATUSES.map((status) => ({ status, count: scores.counts[status] })),
        },
        actions: getCatalogue().actions.map((a) => {
          const d = declared[a.code];
          const status = d?.status ?? 'NOT_STARTED';
          return {
            actionCode: a.code,
            status,
            progress:
              status === 'NOT_APPLICABLE'
                ? null
                : (d?.progress ??
                  { NOT_STARTED: 0, PLANNED: 10, IN_PROGRESS: 50, DONE: 100, ABANDONED: 0, NOT_APPLICABLE: 0 }[status]),
            progressOverridden: d?.progress !== undefined,
            targetDate: d?.targetDate ?? null,
            owner: d?.owner ?? null,
            justification: status === 'NOT_APPLICABLE' ? 'Les écoles relèvent d’un autre porteur' : null,
            updatedAt: d ? '2026-11-02T10:00:00.000Z' : null,
            version: d ? 1 : 0,
            milestones:
              a.code === '1.5'
                ? [
                    {
                      id: 'm2',
                      title: 'LibreOffice par défaut',
                      description: null,
                      date: '2027-06-30',
                      reached: false,
                      version: 1,
                    },
                    {
                      id: 'm1',
                      title: 'LibreOffice sur les postes pilotes',
                      description: null,
                      date: '2026-06-15',
                      reached: true,
                      version: 2,
                    },
                  ]
                : [],
            evidencePage: evidencePage(
              a.code === '1.1'
                ? [
                    {
                      id: 'ev1',
                      kind: 'COUNCIL_DELIBERATION',
                      title: 'Délibération adoptant la feuille de route',
                      description: null,
                      date: '2026-05-20',
                      url: 'https://example.org/deliberation',
                      actionCodes: ['1.1'],
                      version: 1,
                      file: { url: '/evidence/ev1/file', mimeType: 'application/pdf', size: 48213 },
                    },
                  ]
                : [],
            ),
          };
        }),
      },
    },
  };
}

/** An action's first page of evidence (CollectivityPage's `evidencePage(first: 5)`): all of them, when so few. */
export function evidencePage<T>(nodes: T[]): { totalCount: number; hasNextPage: boolean; nodes: T[] } {
  return { totalCount: nodes.length, hasNextPage: false, nodes };
}

export function stratumComparison(): StratumComparisonQuery {
  return {
    nationalStatistics: {
      averageProgress: 7.6,
      sections: [
        { section: 1, averageScore: 10.3 },
        { section: 2, averageScore: 7.2 },
        { section: 3, averageScore: 5.3 },
      ],
      byPopulationStratum: [
        { key: 'FROM_35000_TO_49999', commitments: 2, averageProgress: 10.4 },
        { key: 'FROM_100000_TO_199999', commitments: 1, averageProgress: 1.9 },
      ],
    },
  };
}

export function history(): CollectivityHistoryQuery {
  const progress = {
    actionCode: '1.5',
    progressOverride: null,
    targetDate: null,
    owner: null,
    justification: null,
    version: 2,
  };
  return {
    collectivity: {
      id: 'c-38151',
      history: [
        {
          id: '3',
          action: 'UPDATE',
          actorLabel: 'user:IT_MANAGER',
          actorRole: 'IT_MANAGER',
          entityType: 'ActionProgress',
          entityId: 'commitment-1:1.5',
          event: 'ActionProgressUpdated',
          eventVersion: 2,
          occurredAt: '2026-11-02T10:00:00.000Z',
          before: { ...progress, status: 'PLANNED', progress: 10 },
          after: { ...progress, status: 'IN_PROGRESS', progress: 70, version: 3 },
        },
        {
          id: '2',
          action: 'CREATE',
          actorLabel: 'démo',
          actorRole: null,
          entityType: 'Evidence',
          entityId: 'ev1',
          event: 'EvidenceCreated',
          eventVersion: 2,
          occurredAt: '2026-05-20T09:00:00.000Z',
          before: null,
          after: {
            kind: 'COUNCIL_DELIBERATION',
            date: '2026-05-12',
            title: 'Délibération adoptant la feuille de route',
            description: null,
            url: null,
            actionCodes: ['1.1'],
            version: 1,
          },
        },
        {
          id: '1',
          action: 'CREATE',
          actorLabel: 'démo',
          actorRole: null,
          entityType: 'Commitment',
          entityId: 'commitment-1',
          event: 'CommitmentCreated',
          eventVersion: 1,
          occurredAt: '2026-03-22T09:00:00.000Z',
          before: null,
          after: {
            edition: '2026',
            source: 'LIST_MAJORITY',
            candidateListId: 'list-1',
            deliberationNumber: null,
            deliberationDate: null,
            committedOn: '2026-03-22',
          },
        },
      ],
    },
  };
}

export const OSM_SETTINGS = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© les contributeurs d’OpenStreetMap',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
};

export function nationalOverview(
  commitments = 3,
  mapSettings: NationalOverviewQuery['mapSettings'] = OSM_SETTINGS,
  /** Of the commitments, those of the labelled demo (all in Isère). */
  demo = 0,
): NationalOverviewQuery {
  return {
    mapSettings,
    nationalStatistics: {
      edition: '2026',
      signatories: 2,
      signingLists: 2,
      listsSignedAsList: 2,
      signingCollectivities: 2,
      electedSigningLists: 2,
      electedSignatories: 0,
      commitments,
      demoCommitments: demo,
      actionsDone: 4,
      averageProgress: commitments ? 7.6 : null,
      commitmentsBySource: [
        { key: 'LIST_MAJORITY', count: 2 },
        { key: 'COUNCIL_DELIBERATION', count: 1 },
      ],
      sections: [
        { section: 1, averageScore: 10.3 },
        { section: 2, averageScore: 7.2 },
        { section: 3, averageScore: 5.3 },
      ],
      byRegion: [
        { key: '11', name: 'Île-de-France', commitments: 1, demoCommitments: 0, averageProgress: 5.3 },
        { key: '84', name: 'Auvergne-Rhône-Alpes', commitments: 1, demoCommitments: demo, averageProgress: 15.5 },
      ],
      byDepartement: [
        { key: '38', name: 'Isère', commitments: 1, demoCommitments: demo, averageProgress: 15.5 },
        { key: '92', name: 'Hauts-de-Seine', commitments: 1, demoCommitments: 0, averageProgress: 5.3 },
      ],
      byPopulationStratum: [
        {
          key: 'FROM_35000_TO_49999',
          name: 'Communes de 35 000 à 49 999 habitants',
          commitments: 2,
          demoCommitments: demo,
          averageProgress: 10.4,
        },
      ],
      progressOverTime: commitments
        ? [
            { month: '2026-04', commitments: 2, actionsDone: 2, averageProgress: 4.1 },
            { month: '2026-03', commitments: 1, actionsDone: 0, averageProgress: 0 },
          ]
        : [],
    },
  };
}

type Assessments = NonNullable<CollectivityAuditQuery['collectivity']['commitment']>['actions'][number]['assessments'];
type Item = CollectivityMigrationQuery['collectivity']['inventory'][number];

/**
 * The auditors' view of the same commitment as `page` (the same 31 actions, in the same order, as the API answers
 * both queries): no verdict, unless given by action code. The cache holds one commitment for both queries: mocks that
 * disagree on it would show what no API can answer.
 */
export function auditOf(
  page: CollectivityPageQuery = echirollesPage(),
  assessments: Record<string, Assessments> = {},
  auditedScores: NonNullable<CollectivityAuditQuery['collectivity']['commitment']>['auditedScores'] = {
    overall: null,
    actionsTotal: 31,
    actionsAssessed: 0,
    sections: [],
  },
): CollectivityAuditQuery {
  const commitment = page.collectivity.commitment;
  return {
    collectivity: {
      id: page.collectivity.id,
      commitment: commitment && {
        id: commitment.id,
        auditedScores,
        actions: commitment.actions.map((a) => ({
          actionCode: a.actionCode,
          assessments: assessments[a.actionCode] ?? [],
        })),
      },
    },
  };
}

/** The migration section of the same collectivity as `page`: its inventory is `items`, its progress the page's. */
export function migrationOf(
  page: CollectivityPageQuery = echirollesPage(),
  items: Item[] = [],
): CollectivityMigrationQuery {
  const commitment = page.collectivity.commitment;
  return {
    collectivity: {
      id: page.collectivity.id,
      code: page.collectivity.code,
      kind: page.collectivity.kind,
      epci: null,
      pooledItBody: null,
      pooledItMembers: [],
      pooledInventory: [],
      inventory: items,
      tnlLabels: [],
      fleet: [],
      contractSummary: { dueWithin12Months: [], proprietaryYearlyCost: 0, proprietaryWithoutCost: 0 },
      inventoryFigures: {
        linuxWorkstationShare: null,
        freeOfficeSeatShare: null,
        linuxServerShare: null,
        freeBusinessApplications: 0,
        shares: [],
        audiences: [],
      },
      commitment: commitment && {
        id: commitment.id,
        actions: commitment.actions.map((a) => ({ actionCode: a.actionCode, status: a.status, progress: a.progress })),
        evidence: commitment.actions.flatMap((a) => a.evidencePage.nodes).map((e) => ({ ...e, criterionIds: [] })),
        labelReadiness: {
          tier: 'BADGE',
          legacyLevel: 1,
          nextTier: 'BRONZE',
          noticeFr: 'Auto-évaluation.',
          noticeEn: 'Self-assessment.',
          overall: { met: 0, applicable: 20, percent: 0 },
          domains: [],
          missingForNextTier: [],
        },
      },
    },
  };
}

/**
 * Every query of a collectivity page, answered from one state: `page()` is read at each request, so that a test that
 * changes it (after a mutation) sees every section agree.
 */
export function collectivityPageMocks(page: () => CollectivityPageQuery = echirollesPage) {
  return {
    CollectivityPage: () => page(),
    StratumComparison: () => stratumComparison(),
    CollectivityHistory: () => history(),
    CollectivityAudit: () => auditOf(page()),
    CollectivityMigration: () => migrationOf(page()),
    TerritoryCommitted: () => ({
      committedCollectivities: { totalCount: 0, offset: 0, hasNextPage: false, nodes: [] },
    }),
  };
}
