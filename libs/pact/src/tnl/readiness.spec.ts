import { EvidenceKind } from '../evidence-kind';
import { ProgressStatus } from '../progress-status';
import { InventoryItemInput } from '../software/inventory';
import { proposedUpdates } from '../software/proposed-progress';
import { TNL_DOMAINS, TnlDomain } from '../tnl-domain';
import { ReadinessEvidence } from './conditions';
import { TNL_CRITERIA } from './criteria';
import { AwardedLabel } from './label';
import { ReadinessAssessment, ReadinessInput, assessReadiness } from './readiness';

/**
 * Scenario tests in the manner of ghostfolio's calculator specs: a collectivity described in plain terms, the
 * readiness it gets. `route` gives, for each criterion, one way to meet it and nothing else, so that scenarios can
 * be built criterion by criterion.
 */
const status = (actionCode: string, s: ProgressStatus) => ({ progress: [{ actionCode, status: s }] });
const filed = (criterionId: string, kind: EvidenceKind) => ({
  evidence: [{ kind, actionCodes: [], criterionIds: [criterionId] }],
});
const item = (i: Partial<InventoryItemInput> & Pick<InventoryItemInput, 'category'>): InventoryItemInput => ({
  isFree: false,
  seats: 1,
  stage: 'INVENTORY',
  targetIsFree: true,
  ...i,
});

const route: Record<string, Partial<ReadinessInput>> = {
  'SP-POLITICAL-BACKING': status('1.1', 'DONE'),
  'SP-ACQUISITION': status('1.2', 'DONE'),
  'SP-LICENCE-EXIT': status('1.3', 'IN_PROGRESS'),
  'SP-POOLING-STRUCTURE': status('1.10', 'DONE'),
  'SP-SHARED-DEVELOPMENT': status('3.3', 'IN_PROGRESS'),
  'GP-PROVEN-TOOLS': status('1.5', 'DONE'),
  'GP-OPEN-FORMATS': filed('GP-OPEN-FORMATS', 'COUNCIL_DELIBERATION'),
  'GP-ORGANISATION': status('1.4', 'IN_PROGRESS'),
  'GP-HARDWARE-DURABILITY': status('1.11', 'DONE'),
  'GP-ACCESSIBILITY': filed('GP-ACCESSIBILITY', 'DOCUMENT'),
  // Half the office seats: enough for FS-OFFICE-SUITE (50 %), not for GP-OPEN-FORMATS (80 %).
  'FS-OFFICE-SUITE': {
    inventory: [item({ category: 'OFFICE_SUITE', isFree: true }), item({ category: 'OFFICE_SUITE' })],
  },
  'FS-SERVERS': status('1.7', 'DONE'),
  'FS-WORKSTATIONS': { inventory: [item({ category: 'WORKSTATION_OS', isFree: true })] },
  'FS-BUSINESS-SOFTWARE': status('1.6', 'DONE'),
  'FS-SCHOOLS-PUBLIC-PLACES': status('2.7', 'IN_PROGRESS'),
  'CE-TRAINING': status('2.1', 'DONE'),
  'CE-AWARENESS': status('2.2', 'DONE'),
  'CE-CONTRIBUTION': status('3.1', 'DONE'),
  'CE-LOCAL-ECOSYSTEM': status('3.10', 'DONE'),
  'CE-SHARING': status('3.9', 'DONE'),
  'DM-OPEN-DATA': filed('DM-OPEN-DATA', 'RUNNING_SERVICE'),
  'DM-DATA-POLICY': filed('DM-DATA-POLICY', 'COUNCIL_DELIBERATION'),
  'DM-CONTROLLED-HOSTING': filed('DM-CONTROLLED-HOSTING', 'DOCUMENT'),
  'DM-REVERSIBILITY': filed('DM-REVERSIBILITY', 'PROCUREMENT_CLAUSE'),
  'DM-DATA-CULTURE': filed('DM-DATA-CULTURE', 'PUBLIC_EVENT'),
};

const EMPTY: ReadinessInput = { progress: [], evidence: [], inventory: [] };

/** The input that meets exactly these criteria (by their routes), plus `extra`. */
function meeting(ids: readonly string[], extra: Partial<ReadinessInput> = {}): ReadinessInput {
  const parts = [...ids.map((id) => route[id]), extra];
  return {
    progress: parts.flatMap((p) => p.progress ?? []),
    evidence: parts.flatMap((p) => p.evidence ?? []),
    inventory: parts.flatMap((p) => p.inventory ?? []),
    awardedLabels: parts.flatMap((p) => p.awardedLabels ?? []),
  };
}

/** The first `n[i]` criteria of each domain, in TNL_DOMAINS order. */
const firstOfEachDomain = (...n: number[]): string[] =>
  TNL_DOMAINS.flatMap((domain, i) =>
    TNL_CRITERIA.filter((c) => c.domain === domain)
      .slice(0, n[i])
      .map((c) => c.id),
  );

const metIds = (a: ReadinessAssessment) =>
  a.domains.flatMap((d) => d.criteria.filter((c) => c.status === 'MET').map((c) => c.id));
const missingIds = (a: ReadinessAssessment) => a.missingForNextTier.map((m) => m.id);
const perDomain = (a: ReadinessAssessment) => Object.fromEntries(a.domains.map((d) => [d.domain, d.percent]));

describe('the scenario routes', () => {
  it.each(TNL_CRITERIA.map((c) => c.id))('meet %s and nothing else', (id) => {
    expect(metIds(assessReadiness(meeting([id])))).toEqual([id]);
  });
});

describe('assessReadiness: an empty collectivity', () => {
  const readiness = assessReadiness(EMPTY);

  it('is at no tier and no legacy level, with 0 % in every domain', () => {
    expect(readiness.tier).toBe('NONE');
    expect(readiness.legacyLevel).toBe(0);
    expect(perDomain(readiness)).toEqual({
      STRATEGY_POOLING: 0,
      GOOD_PRACTICES: 0,
      FREE_SOFTWARE: 0,
      COMMUNICATION_ECOSYSTEM: 0,
      DATA_MANAGEMENT: 0,
    });
    expect(readiness.overall).toEqual({ met: 0, applicable: 25, percent: 0 });
    expect(readiness.figures).toMatchObject({
      linuxWorkstationShare: null,
      freeOfficeSeatShare: null,
      linuxServerShare: null,
      freeBusinessApplications: 0,
    });
  });

  it('lists every criterion as missing for the badge: any one in three domains will do', () => {
    expect(readiness.nextTier).toBe('BADGE');
    expect(readiness.nextTierGaps).toEqual([{ scope: 'DOMAINS_WITH_A_CRITERION', needed: 3 }]);
    expect(missingIds(readiness)).toEqual(TNL_CRITERIA.map((c) => c.id));
    expect(readiness.missingForNextTier.find((m) => m.id === 'FS-SERVERS')).toEqual({
      id: 'FS-SERVERS',
      domain: 'FREE_SOFTWARE',
      title: { fr: 'Serveurs sous GNU/Linux', en: 'Servers on GNU/Linux' },
      satisfiedBy: [
        {
          fr: 'Part des serveurs sous GNU/Linux (inventaire) : au moins 50 %',
          en: 'Share of servers on GNU/Linux (inventory): at least 50 %',
        },
        {
          fr: 'L’action 1.7 « Serveurs sous GNU/Linux » au moins « réalisée »',
          en: 'Action 1.7 "Servers on GNU/Linux" at least "done"',
        },
      ],
      anyOf: [
        [{ kind: 'INVENTORY', figure: 'linuxServerShare', min: 50 }],
        [{ kind: 'ACTION_STATUS', actionCodes: ['1.7'], minStatus: 'DONE' }],
      ],
    });
  });

  it('has no mention within reach, and says it is a self-assessment', () => {
    expect(readiness.mentionsWithinReach).toEqual([]);
    expect(readiness.notice.fr).toContain('Auto-évaluation');
    expect(readiness.notice.en).toContain('publishes no numeric grid');
  });
});

describe('assessReadiness: servers on GNU/Linux and LibreOffice by default', () => {
  // 8 of 10 servers on Debian; 200 office seats moved from Microsoft Office to LibreOffice, now the default.
  const inventory: InventoryItemInput[] = [
    item({ category: 'SERVER_OS', isFree: true, seats: 8 }),
    item({ category: 'SERVER_OS', seats: 2, stage: 'PILOT' }),
    item({ category: 'OFFICE_SUITE', seats: 200, stage: 'DEFAULT' }),
  ];
  const readiness = assessReadiness({ ...EMPTY, inventory });

  it('meets the office suite and server criteria of FREE_SOFTWARE from the inventory alone', () => {
    expect(readiness.figures).toMatchObject({ linuxServerShare: 80, freeOfficeSeatShare: 100 });
    const fs = readiness.domains.find((d) => d.domain === 'FREE_SOFTWARE');
    expect(fs?.criteria.filter((c) => c.status === 'MET').map((c) => [c.id, c.metBy])).toEqual([
      ['FS-OFFICE-SUITE', 0],
      ['FS-SERVERS', 0],
    ]);
    expect(fs?.percent).toBe(40);
  });

  it('also meets open formats and controlled hosting, which makes three domains: the badge', () => {
    expect(metIds(readiness)).toEqual(['GP-OPEN-FORMATS', 'FS-OFFICE-SUITE', 'FS-SERVERS', 'DM-CONTROLLED-HOSTING']);
    expect(readiness.tier).toBe('BADGE');
    expect(readiness.legacyLevel).toBe(1);
  });

  it('lists for bronze the unmet criteria of the domains under 40 %, not those of FREE_SOFTWARE', () => {
    expect(readiness.nextTier).toBe('BRONZE');
    expect(readiness.nextTierGaps).toEqual([
      { scope: 'DOMAIN', domain: 'STRATEGY_POOLING', needed: 2 },
      { scope: 'DOMAIN', domain: 'GOOD_PRACTICES', needed: 1 },
      { scope: 'DOMAIN', domain: 'COMMUNICATION_ECOSYSTEM', needed: 2 },
      { scope: 'DOMAIN', domain: 'DATA_MANAGEMENT', needed: 1 },
    ]);
    const domains = new Set(readiness.missingForNextTier.map((m) => m.domain));
    expect([...domains]).toEqual(['STRATEGY_POOLING', 'GOOD_PRACTICES', 'COMMUNICATION_ECOSYSTEM', 'DATA_MANAGEMENT']);
    expect(readiness.missingForNextTier).toHaveLength(5 + 4 + 5 + 4);
  });

  it('goes with the progress update the office migration proposes', () => {
    expect(proposedUpdates({ category: 'OFFICE_SUITE', stage: 'DEFAULT', targetIsFree: true }, [])).toEqual([
      { actionCode: '1.5', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
    ]);
  });
});

describe('assessReadiness: shares against the declared fleet', () => {
  // A 10-seat GNU/Linux pilot moved to the default stage, in a commune of 400 workstations.
  const inventory: InventoryItemInput[] = [item({ category: 'WORKSTATION_OS', seats: 10, stage: 'DEFAULT' })];
  const met = (input: ReadinessInput) =>
    assessReadiness(input).domains.flatMap((d) => d.criteria.filter((c) => c.status === 'MET').map((c) => c.id));

  it('meets "workstations moved to GNU/Linux" from the pilot alone while no fleet is declared', () => {
    expect(met({ ...EMPTY, inventory })).toContain('FS-WORKSTATIONS');
  });

  it('no longer meets it once the fleet of 400 is declared: the pilot is 2.5 % of it', () => {
    const fleet = [
      { audience: 'STAFF' as const, workstations: 400, servers: null, officeSeats: null, asOf: '2026-09-01' },
    ];
    expect(assessReadiness({ ...EMPTY, inventory, fleet }).figures.linuxWorkstationShare).toBe(2.5);
    expect(met({ ...EMPTY, inventory, fleet })).not.toContain('FS-WORKSTATIONS');
  });
});

describe('assessReadiness: a planned migration counts once reached, not before', () => {
  // The commune's 400 workstations, whose move to GNU/Linux is planned: pilot in March 2027, default in September.
  const planned = item({
    category: 'WORKSTATION_OS',
    seats: 400,
    stage: 'INVENTORY',
    plannedStages: [
      { stage: 'PILOT', plannedOn: '2027-03-01' },
      { stage: 'DEFAULT', plannedOn: '2027-09-01' },
    ],
  });
  const met = (input: ReadinessInput) =>
    assessReadiness(input).domains.flatMap((d) => d.criteria.filter((c) => c.status === 'MET').map((c) => c.id));

  it('does not meet "workstations moved to GNU/Linux" on the plan alone, as if nothing were planned', () => {
    const withPlan = assessReadiness({ ...EMPTY, inventory: [planned] });
    expect(withPlan.figures.linuxWorkstationShare).toBe(0);
    expect(met({ ...EMPTY, inventory: [planned] })).not.toContain('FS-WORKSTATIONS');
    expect(withPlan).toEqual(assessReadiness({ ...EMPTY, inventory: [{ ...planned, plannedStages: [] }] }));
  });

  it('meets it once the default stage is recorded as reached', () => {
    expect(met({ ...EMPTY, inventory: [{ ...planned, stage: 'DEFAULT', plannedStages: [] }] })).toContain(
      'FS-WORKSTATIONS',
    );
  });
});

describe('assessReadiness: tier boundaries, reached exactly', () => {
  it.each([
    ['one criterion in two domains', [1, 1, 0, 0, 0], 'NONE', 1],
    ['one criterion in three domains', [1, 1, 1, 0, 0], 'BADGE', 1],
    ['two criteria in four domains, one in the fifth', [2, 2, 2, 2, 1], 'BADGE', 2],
    ['two criteria (40 %) in every domain', [2, 2, 2, 2, 2], 'BRONZE', 3],
    ['three in four domains, two in the fifth', [3, 3, 3, 3, 2], 'BRONZE', 3],
    ['three criteria (60 %) in every domain', [3, 3, 3, 3, 3], 'ARGENT', 4],
    ['19 criteria (76 %), at least three everywhere', [4, 4, 4, 4, 3], 'ARGENT', 4],
    ['20 criteria (80 %), at least three everywhere', [5, 5, 4, 3, 3], 'OR', 5],
    ['22 criteria (88 %) but two in DATA_MANAGEMENT', [5, 5, 5, 5, 2], 'BRONZE', 5],
  ])('%s (%j) → %s, legacy level %p', (_, counts, tier, legacyLevel) => {
    const readiness = assessReadiness(meeting(firstOfEachDomain(...counts)));
    expect(readiness.domains.map((d) => d.met)).toEqual(counts);
    expect(readiness.tier).toBe(tier);
    expect(readiness.legacyLevel).toBe(legacyLevel);
  });

  it('needs only the overall bar for gold at 76 %, and then lists every unmet criterion', () => {
    const readiness = assessReadiness(meeting(firstOfEachDomain(4, 4, 4, 4, 3)));
    expect(readiness.nextTierGaps).toEqual([{ scope: 'OVERALL', needed: 1 }]);
    expect(missingIds(readiness)).toEqual([
      'SP-SHARED-DEVELOPMENT',
      'GP-ACCESSIBILITY',
      'FS-SCHOOLS-PUBLIC-PLACES',
      'CE-SHARING',
      'DM-REVERSIBILITY',
      'DM-DATA-CULTURE',
    ]);
  });

  it('has nothing missing at gold', () => {
    const readiness = assessReadiness(meeting(TNL_CRITERIA.map((c) => c.id)));
    expect(readiness.tier).toBe('OR');
    expect(readiness.overall).toEqual({ met: 25, applicable: 25, percent: 100 });
    expect(readiness.nextTier).toBeNull();
    expect(readiness.nextTierGaps).toEqual([]);
    expect(readiness.missingForNextTier).toEqual([]);
  });
});

describe('assessReadiness: the missing list shrinks as criteria are met', () => {
  it('loses a criterion when it is met, and a whole domain when its gap closes', () => {
    const steps = [
      firstOfEachDomain(1, 1, 1, 1, 1),
      firstOfEachDomain(2, 1, 1, 1, 1),
      firstOfEachDomain(2, 2, 1, 1, 1),
      firstOfEachDomain(2, 2, 2, 2, 1),
    ].map((ids) => assessReadiness(meeting(ids)));
    expect(steps.map((r) => r.nextTier)).toEqual(['BRONZE', 'BRONZE', 'BRONZE', 'BRONZE']);
    expect(steps.map((r) => r.missingForNextTier.length)).toEqual([20, 16, 12, 4]);
    for (const readiness of steps) {
      const met = new Set(metIds(readiness));
      expect(missingIds(readiness).some((id) => met.has(id))).toBe(false);
    }
    expect(steps[3].missingForNextTier.every((m) => m.domain === 'DATA_MANAGEMENT')).toBe(true);
  });

  it('shrinks inside a domain too: the missing list is the unmet criteria of the domains still short', () => {
    const before = assessReadiness(meeting(['SP-POLITICAL-BACKING', 'GP-PROVEN-TOOLS', 'FS-SERVERS']));
    const after = assessReadiness(meeting(['SP-POLITICAL-BACKING', 'GP-PROVEN-TOOLS', 'FS-SERVERS', 'CE-TRAINING']));
    expect(before.tier).toBe('BADGE');
    expect(after.tier).toBe('BADGE');
    expect(missingIds(after)).toEqual(missingIds(before).filter((id) => id !== 'CE-TRAINING'));
  });
});

describe('assessReadiness: statuses, evidence and labels', () => {
  it('takes NOT_APPLICABLE criteria out of the count: schools and venues an EPCI does not run', () => {
    const input = meeting(['FS-SERVERS', 'FS-BUSINESS-SOFTWARE'], {
      progress: [
        { actionCode: '2.7', status: 'NOT_APPLICABLE' },
        { actionCode: '2.8', status: 'NOT_APPLICABLE' },
      ],
    });
    const fs = assessReadiness(input).domains.find((d) => d.domain === 'FREE_SOFTWARE');
    expect(fs).toMatchObject({ met: 2, applicable: 4, total: 5, percent: 50 });
    expect(fs?.criteria.find((c) => c.id === 'FS-SCHOOLS-PUBLIC-PLACES')?.status).toBe('NOT_APPLICABLE');
  });

  it('keeps a criterion applicable while one of its actions is, and never counts ABANDONED', () => {
    const readiness = assessReadiness({
      ...EMPTY,
      progress: [
        { actionCode: '2.7', status: 'NOT_APPLICABLE' },
        { actionCode: '2.8', status: 'ABANDONED' },
        { actionCode: '1.7', status: 'ABANDONED' },
      ],
    });
    const fs = readiness.domains.find((d) => d.domain === 'FREE_SOFTWARE');
    expect(fs).toMatchObject({ met: 0, applicable: 5 });
  });

  it('meets a criterion by evidence on its actions, and asks for both halves of an "and"', () => {
    const deliberation: ReadinessEvidence = { kind: 'COUNCIL_DELIBERATION', actionCodes: ['1.1', '3.8'] };
    expect(metIds(assessReadiness({ ...EMPTY, evidence: [deliberation] }))).toEqual(['SP-POLITICAL-BACKING']);

    const pilot = { ...EMPTY, progress: [{ actionCode: '1.8', status: 'IN_PROGRESS' as const }] };
    expect(metIds(assessReadiness(pilot))).toEqual([]);
    const running: ReadinessEvidence = { kind: 'RUNNING_SERVICE', actionCodes: ['1.8'] };
    expect(metIds(assessReadiness({ ...pilot, evidence: [running] }))).toEqual(['FS-WORKSTATIONS']);
  });

  it('counts evidence filed under a criterion only for that criterion and only of the kinds it asks for', () => {
    const evidence: ReadinessEvidence[] = [
      { kind: 'PRESS_ARTICLE', actionCodes: [], criterionIds: ['DM-OPEN-DATA'] },
      { kind: 'RUNNING_SERVICE', actionCodes: ['1.5'], criterionIds: ['DM-OPEN-DATA'] },
    ];
    expect(metIds(assessReadiness({ ...EMPTY, evidence }))).toEqual(['GP-PROVEN-TOOLS', 'DM-OPEN-DATA']);
  });

  it('counts an awarded label toward political backing and sharing experience', () => {
    const awardedLabels: AwardedLabel[] = [{ year: 2019, scale: 'LEGACY', level: '3' }];
    const readiness = assessReadiness({ ...EMPTY, awardedLabels });
    expect(metIds(readiness)).toEqual(['SP-POLITICAL-BACKING', 'CE-SHARING']);
    expect(readiness.domains.find((d) => d.domain === 'COMMUNICATION_ECOSYSTEM')?.criteria.at(-1)?.metBy).toBe(2);
  });

  it('rejects unknown codes, statuses, kinds and criteria, duplicate entries and impossible labels', () => {
    const bad: [Partial<ReadinessInput>, string][] = [
      [{ progress: [{ actionCode: '4.1', status: 'DONE' }] }, 'unknown action code "4.1"'],
      [{ progress: [{ actionCode: '1.1', status: 'FINISHED' as ProgressStatus }] }, 'unknown status FINISHED'],
      [
        {
          progress: [
            { actionCode: '1.1', status: 'DONE' },
            { actionCode: '1.1', status: 'PLANNED' },
          ],
        },
        'Several progress entries for action 1.1',
      ],
      [{ evidence: [{ kind: 'PHOTO' as EvidenceKind, actionCodes: ['1.1'] }] }, 'unknown kind PHOTO'],
      [{ evidence: [{ kind: 'DOCUMENT', actionCodes: ['9.9'] }] }, 'unknown action code "9.9"'],
      [{ evidence: [{ kind: 'DOCUMENT', actionCodes: [], criterionIds: ['DM-NOPE'] }] }, 'unknown TNL criterion'],
      [{ awardedLabels: [{ year: 2025, scale: 'LEGACY', level: '2' }] }, 'Awarded label 0: INVALID_TNL_LABEL on year'],
      [{ inventory: [item({ category: 'SERVER_OS', seats: -3 })] }, 'seats must be a non-negative integer'],
    ];
    for (const [input, message] of bad) {
      expect(() => assessReadiness({ ...EMPTY, ...input })).toThrow(message);
    }
  });
});

describe('assessReadiness: special mentions', () => {
  const within = (ids: string[], extra: Partial<ReadinessInput> = {}) =>
    assessReadiness(meeting(ids, extra)).mentionsWithinReach;

  it('sees the best first application within reach from bronze, only without a previous label', () => {
    const bronze = firstOfEachDomain(2, 2, 2, 2, 2);
    expect(within(bronze)).toContain('BEST_FIRST_APPLICATION');
    expect(within(firstOfEachDomain(2, 2, 2, 2, 1))).not.toContain('BEST_FIRST_APPLICATION');
    const labelled = { awardedLabels: [{ year: 2025, scale: '2025', level: 'BADGE' } as AwardedLabel] };
    expect(within(bronze, labelled)).not.toContain('BEST_FIRST_APPLICATION');
  });

  it('sees a thematic mention within reach when enough of its criteria are met, from the badge on', () => {
    const pooling = ['SP-POOLING-STRUCTURE', 'SP-SHARED-DEVELOPMENT', 'GP-PROVEN-TOOLS', 'FS-SERVERS'];
    expect(within(pooling)).toEqual(['MUTUALISATION']);
    expect(within(pooling.slice(0, 2))).toEqual([]); // two domains only: no badge yet

    const sobriety = ['GP-HARDWARE-DURABILITY', 'FS-WORKSTATIONS', 'CE-TRAINING'];
    expect(within(sobriety)).toEqual(['DIGITAL_SOBRIETY']);

    const promotion = ['CE-TRAINING', 'CE-AWARENESS', 'CE-SHARING', 'SP-ACQUISITION', 'DM-OPEN-DATA'];
    const readiness = assessReadiness(meeting(promotion));
    expect(readiness.mentionsWithinReach).toEqual(['PROMOTION_AWARENESS']);
    expect(readiness.mentions.find((m) => m.mention === 'PROMOTION_AWARENESS')).toEqual({
      mention: 'PROMOTION_AWARENESS',
      withinReach: true,
      criteriaMet: ['CE-TRAINING', 'CE-AWARENESS', 'CE-SHARING'],
      criteriaMissing: ['CE-LOCAL-ECOSYSTEM'],
    });
  });
});

describe('assessReadiness: per-domain coverage', () => {
  it('reports met, applicable, total and percent for each domain', () => {
    const readiness = assessReadiness(meeting(firstOfEachDomain(1, 2, 3, 4, 5)));
    expect(
      readiness.domains.map(({ domain, met, applicable, total, percent }) => ({
        domain,
        met,
        applicable,
        total,
        percent,
      })),
    ).toEqual(
      (
        [
          'STRATEGY_POOLING',
          'GOOD_PRACTICES',
          'FREE_SOFTWARE',
          'COMMUNICATION_ECOSYSTEM',
          'DATA_MANAGEMENT',
        ] as TnlDomain[]
      ).map((domain, i) => ({ domain, met: i + 1, applicable: 5, total: 5, percent: (i + 1) * 20 })),
    );
    expect(readiness.overall).toEqual({ met: 15, applicable: 25, percent: 60 });
  });
});
