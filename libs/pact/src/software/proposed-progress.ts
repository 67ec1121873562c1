import { MigrationStage, stageIndex } from '../migration-stage';
import { ProgressStatus } from '../progress-status';
import { ProgressEntry } from '../scoring';
import { SoftwareCategory, actionCodesForCategory } from './categories';

/** How far each status goes, for the statuses a migration can move; the others are never proposed a change. */
const STATUS_RANK: Partial<Record<ProgressStatus, number>> = { NOT_STARTED: 0, PLANNED: 1, IN_PROGRESS: 2, DONE: 3 };

/** The status a migration stage stands for on the actions it advances; INVENTORY stands for nothing. */
const STAGE_STATUS: Record<MigrationStage, ProgressStatus | null> = {
  INVENTORY: null,
  PILOT: 'IN_PROGRESS',
  PARALLEL_RUN: 'IN_PROGRESS',
  DEFAULT: 'IN_PROGRESS',
  LEGACY_REMOVED: 'DONE',
};

/**
 * The status to propose for an action linked to a migration that has reached `stage`, or null when nothing should
 * change. The user confirms; nothing changes silently.
 *
 * - PILOT, PARALLEL_RUN and DEFAULT propose IN_PROGRESS to an action NOT_STARTED or PLANNED: the work has begun, but
 *   one migration at DEFAULT does not make the action done while the old software is still around.
 * - LEGACY_REMOVED proposes DONE to an action NOT_STARTED, PLANNED or IN_PROGRESS.
 * - INVENTORY proposes nothing.
 * - Never lowers a status, and never touches NOT_APPLICABLE or ABANDONED: both were set with a written
 *   justification, and only a person can take that back.
 */
export function proposedProgress(stage: MigrationStage, currentStatus: ProgressStatus): ProgressStatus | null {
  stageIndex(stage);
  const target = STAGE_STATUS[stage];
  const current = STATUS_RANK[currentStatus];
  if (target === null || current === undefined) return null;
  return (STATUS_RANK[target] ?? 0) > current ? target : null;
}

/** One proposed status change. */
export interface ProposedUpdate {
  actionCode: string;
  from: ProgressStatus;
  to: ProgressStatus;
}

/**
 * The status changes an inventory item proposes for the actions it advances: its own `actionCodes` when given, else
 * those of its category (`actionCodesForCategory`). A migration to a target that is not free proposes nothing. An
 * action without an entry in `progress` is NOT_STARTED.
 */
export function proposedUpdates(
  item: { category: SoftwareCategory; stage: MigrationStage; targetIsFree: boolean; actionCodes?: readonly string[] },
  progress: readonly Pick<ProgressEntry, 'actionCode' | 'status'>[],
): ProposedUpdate[] {
  if (!item.targetIsFree) return [];
  const statusOf = new Map(progress.map((p) => [p.actionCode, p.status]));
  const codes = item.actionCodes ?? actionCodesForCategory(item.category);
  const updates: ProposedUpdate[] = [];
  for (const actionCode of new Set(codes)) {
    const from = statusOf.get(actionCode) ?? 'NOT_STARTED';
    const to = proposedProgress(item.stage, from);
    if (to !== null) updates.push({ actionCode, from, to });
  }
  return updates;
}
