import { MIGRATION_STAGES, MigrationStage } from '../migration-stage';
import { PROGRESS_STATUSES, ProgressStatus } from '../progress-status';
import { proposedProgress, proposedUpdates } from './proposed-progress';

const RANK: Record<string, number> = { NOT_STARTED: 0, PLANNED: 1, IN_PROGRESS: 2, DONE: 3 };

describe('proposedProgress', () => {
  it.each([
    ['PILOT', 'NOT_STARTED', 'IN_PROGRESS'],
    ['PILOT', 'PLANNED', 'IN_PROGRESS'],
    ['PARALLEL_RUN', 'PLANNED', 'IN_PROGRESS'],
    ['DEFAULT', 'NOT_STARTED', 'IN_PROGRESS'],
    ['DEFAULT', 'IN_PROGRESS', null],
    ['LEGACY_REMOVED', 'NOT_STARTED', 'DONE'],
    ['LEGACY_REMOVED', 'PLANNED', 'DONE'],
    ['LEGACY_REMOVED', 'IN_PROGRESS', 'DONE'],
    ['LEGACY_REMOVED', 'DONE', null],
    ['INVENTORY', 'NOT_STARTED', null],
  ] as const)('at %s, proposes %s → %p', (stage, current, expected) => {
    expect(proposedProgress(stage, current)).toBe(expected);
  });

  it('leaves NOT_APPLICABLE and ABANDONED alone at every stage', () => {
    for (const stage of MIGRATION_STAGES) {
      expect(proposedProgress(stage, 'NOT_APPLICABLE')).toBeNull();
      expect(proposedProgress(stage, 'ABANDONED')).toBeNull();
    }
  });

  it('never lowers a status, at any stage from any status', () => {
    for (const stage of MIGRATION_STAGES) {
      for (const status of PROGRESS_STATUSES) {
        const proposed = proposedProgress(stage, status);
        if (proposed !== null) {
          expect(RANK[proposed]).toBeGreaterThan(RANK[status]);
        }
      }
    }
  });

  it('rejects an unknown stage', () => {
    expect(() => proposedProgress('DONE' as MigrationStage, 'PLANNED')).toThrow('Unknown migration stage');
  });
});

describe('proposedUpdates', () => {
  const progress = (entries: Record<string, ProgressStatus>) =>
    Object.entries(entries).map(([actionCode, status]) => ({ actionCode, status }));

  it("proposes the category's actions: an office suite by default moves 1.5 to IN_PROGRESS", () => {
    expect(proposedUpdates({ category: 'OFFICE_SUITE', stage: 'DEFAULT', targetIsFree: true }, [])).toEqual([
      { actionCode: '1.5', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
    ]);
  });

  it('uses the actions the item names instead of its category', () => {
    const updates = proposedUpdates(
      { category: 'WORKSTATION_OS', stage: 'LEGACY_REMOVED', targetIsFree: true, actionCodes: ['1.8', '2.8', '1.8'] },
      progress({ '1.8': 'IN_PROGRESS', '2.8': 'DONE' }),
    );
    expect(updates).toEqual([{ actionCode: '1.8', from: 'IN_PROGRESS', to: 'DONE' }]);
  });

  it('proposes nothing for a migration to a proprietary target', () => {
    expect(proposedUpdates({ category: 'SERVER_OS', stage: 'LEGACY_REMOVED', targetIsFree: false }, [])).toEqual([]);
  });
});
