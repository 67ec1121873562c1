import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, isEvidenceKind } from './evidence-kind';
import { MIGRATION_STAGES, MIGRATION_STAGE_LABELS, isMigrationStage, stageIndex } from './migration-stage';
import {
  PROGRESS_STATUSES,
  PROGRESS_STATUS_LABELS,
  defaultProgress,
  isProgressStatus,
  requiresJustification,
} from './progress-status';
import { TNL_DOMAINS, TNL_DOMAIN_LABELS, isTnlDomain } from './tnl-domain';

describe('progress statuses', () => {
  it.each([
    ['NOT_STARTED', 0],
    ['PLANNED', 10],
    ['IN_PROGRESS', 50],
    ['DONE', 100],
    ['NOT_APPLICABLE', null],
    ['ABANDONED', 0],
  ] as const)('%s defaults to %p', (status, expected) => {
    expect(defaultProgress(status)).toBe(expected);
  });

  it('asks a justification for leaving the scores or dropping a pledge, and only then', () => {
    expect(PROGRESS_STATUSES.filter(requiresJustification)).toEqual(['NOT_APPLICABLE', 'ABANDONED']);
  });

  it('guards unknown values', () => {
    expect(isProgressStatus('DONE')).toBe(true);
    expect(isProgressStatus('done')).toBe(false);
    expect(isProgressStatus(undefined)).toBe(false);
  });
});

describe('labels', () => {
  it.each([
    ['progress statuses', PROGRESS_STATUSES, PROGRESS_STATUS_LABELS],
    ['evidence kinds', EVIDENCE_KINDS, EVIDENCE_KIND_LABELS],
    ['TNL domains', TNL_DOMAINS, TNL_DOMAIN_LABELS],
    ['migration stages', MIGRATION_STAGES, MIGRATION_STAGE_LABELS],
  ] as const)('label every one of the %s in French and English, each differently', (_, values, labels) => {
    const record = labels as Record<string, { fr: string; en: string }>;
    expect(Object.keys(record).sort()).toEqual([...values].sort());
    for (const locale of ['fr', 'en'] as const) {
      const texts = values.map((v) => record[v][locale]);
      expect(texts.every((t) => t.trim().length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('uses the words of the domain glossary', () => {
    expect(EVIDENCE_KIND_LABELS.COUNCIL_DELIBERATION.fr).toBe('Délibération du conseil');
    expect(TNL_DOMAIN_LABELS.STRATEGY_POOLING.fr).toBe('Stratégie et mutualisation');
    expect(MIGRATION_STAGES.map((s) => MIGRATION_STAGE_LABELS[s].fr.toLowerCase())).toEqual([
      'inventaire',
      'pilote',
      'fonctionnement en parallèle',
      'par défaut',
      'ancien logiciel retiré',
    ]);
  });

  it('guards evidence kinds, domains and stages', () => {
    expect(isEvidenceKind('PRESS_ARTICLE')).toBe(true);
    expect(isEvidenceKind('TWEET')).toBe(false);
    expect(isTnlDomain('DATA_MANAGEMENT')).toBe(true);
    expect(isTnlDomain('DATA')).toBe(false);
    expect(isMigrationStage('PILOT')).toBe(true);
    expect(isMigrationStage(3)).toBe(false);
  });
});

describe('migration stages', () => {
  it('are ordered from inventory to legacy removed', () => {
    expect(MIGRATION_STAGES.map(stageIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(stageIndex('PARALLEL_RUN')).toBeGreaterThan(stageIndex('PILOT'));
    expect(stageIndex('LEGACY_REMOVED')).toBeGreaterThan(stageIndex('DEFAULT'));
  });

  it('reject an unknown stage', () => {
    expect(() => stageIndex('SUNSET' as never)).toThrow('Unknown migration stage: SUNSET');
  });
});
