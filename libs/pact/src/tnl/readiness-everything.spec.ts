import { getCatalogue } from '../catalogue/catalogue';
import { EVIDENCE_KINDS } from '../evidence-kind';
import { SOFTWARE_CATEGORIES } from '../software/categories';
import { InventoryItemInput } from '../software/inventory';
import { TNL_CRITERIA, criteriaTakingEvidence, criterionEvidenceKinds, findTnlCriterion } from './criteria';
import { ReadinessInput, assessReadiness } from './readiness';

/**
 * The scenario: every one of the 31 actions done, evidence of every kind linked to every action, an inventory
 * that runs free software everywhere. Evidence linked to actions cannot meet the criteria that only evidence filed
 * under them meets (data management, accessibility): without that evidence the estimate stays at the Badge, and the
 * missing list says which criteria and how; with it, the collectivity reaches Or.
 */
const codes = getCatalogue().actions.map((a) => a.code);
const freeItem = (category: InventoryItemInput['category']): InventoryItemInput => ({
  category,
  isFree: true,
  seats: 10,
  stage: 'INVENTORY',
  targetIsFree: true,
});
const EVERYTHING: ReadinessInput = {
  progress: codes.map((actionCode) => ({ actionCode, status: 'DONE' })),
  evidence: EVIDENCE_KINDS.map((kind) => ({ kind, actionCodes: codes })),
  inventory: SOFTWARE_CATEGORIES.map(freeItem),
};

describe('assessReadiness: all 31 actions done, every kind of evidence, a fully free inventory', () => {
  it('stays at the Badge without evidence filed under the criteria, and says which criteria lack it', () => {
    const readiness = assessReadiness(EVERYTHING);
    expect(codes).toHaveLength(31);
    expect(readiness.tier).toBe('BADGE');
    expect(readiness.nextTier).toBe('BRONZE');
    const dataManagement = readiness.domains.find((d) => d.domain === 'DATA_MANAGEMENT')!;
    expect(dataManagement).toMatchObject({ met: 1, applicable: 5 });
    // What is missing for Bronze: the data-management criteria, each met only by evidence filed under it.
    expect(readiness.missingForNextTier.map((m) => m.id)).toEqual([
      'DM-OPEN-DATA',
      'DM-DATA-POLICY',
      'DM-REVERSIBILITY',
      'DM-DATA-CULTURE',
    ]);
    for (const missing of readiness.missingForNextTier) {
      expect(missing.satisfiedBy.map((s) => s.fr)).toEqual([expect.stringMatching(/rattachée à ce critère$/)]);
    }
  });

  it('reaches Or once two data-management criteria have their own evidence', () => {
    const readiness = assessReadiness({
      ...EVERYTHING,
      evidence: [
        ...EVERYTHING.evidence,
        { kind: 'RUNNING_SERVICE', actionCodes: [], criterionIds: ['DM-OPEN-DATA'] },
        { kind: 'COUNCIL_DELIBERATION', actionCodes: [], criterionIds: ['DM-DATA-POLICY'] },
      ],
    });
    expect(readiness.tier).toBe('OR');
    expect(readiness.overall).toMatchObject({ met: 22, applicable: 25 });
  });
});

describe('criterionEvidenceKinds and criteriaTakingEvidence', () => {
  it('give the kinds a criterion accepts when evidence is filed under it', () => {
    expect(criterionEvidenceKinds(findTnlCriterion('DM-REVERSIBILITY')!)).toEqual(['PROCUREMENT_CLAUSE']);
    expect(criterionEvidenceKinds(findTnlCriterion('SP-POLITICAL-BACKING')!)).toEqual([]);
  });

  it('list every criterion that evidence filed under it can meet, and only those', () => {
    const ids = criteriaTakingEvidence().map((c) => c.id);
    expect(ids).toEqual([
      'GP-OPEN-FORMATS',
      'GP-ACCESSIBILITY',
      'DM-OPEN-DATA',
      'DM-DATA-POLICY',
      'DM-CONTROLLED-HOSTING',
      'DM-REVERSIBILITY',
      'DM-DATA-CULTURE',
    ]);
    for (const criterion of TNL_CRITERIA.filter((c) => !ids.includes(c.id))) {
      for (const kind of EVIDENCE_KINDS) {
        const filed = assessReadiness({
          progress: [],
          inventory: [],
          evidence: [{ kind, actionCodes: [], criterionIds: [criterion.id] }],
        });
        const result = filed.domains.flatMap((d) => d.criteria).find((c) => c.id === criterion.id)!;
        expect(result.status).not.toBe('MET');
      }
    }
  });
});
