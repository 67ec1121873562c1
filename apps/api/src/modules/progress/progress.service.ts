import { Injectable } from '@nestjs/common';
import {
  EventPayload,
  ProgressEntry,
  ScoreSummary,
  computeScores,
  effectiveProgress,
  getCatalogue,
  isActionCode,
  checkProgressRules,
  clockBaselineAfterWrite,
  todayInFrance,
} from '@pacte/pact';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { Permission } from '../../common/auth/permissions';
import { NotFoundError } from '../../common/errors/domain-error';
import { assertRules } from '../../common/errors/rule-error';
import { assertVersion } from '../../common/errors/version-conflict';
import { pactActionModelOf } from '../catalogue/models/pact.model';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService, type CommitmentRecord } from '../commitments/commitments.service';
import { UnitOfWork } from '../history/unit-of-work';
import { ActionProgressEntity } from './action-progress.entity';
import {
  AddMilestoneInput,
  SelfAssessSectionInput,
  UpdateActionProgressInput,
  UpdateMilestoneInput,
  WithdrawMilestoneInput,
} from './dto/progress.input';
import { ActionProgressModel, toMilestoneModel } from './models/progress.model';
import { MilestoneEntity } from './milestone.entity';
import { UnknownActionError } from './progress.errors';
import { ProgressRepository } from './progress.repository';
import {
  SectionSelfAssessmentModel,
  sectionSelfAssessmentSnapshot,
  toSectionSelfAssessmentModel,
} from './models/section-self-assessment.model';
import { SectionSelfAssessmentEntity } from './section-self-assessment.entity';

/** What the history keeps of an action's progress (events ActionProgressCreated / ActionProgressUpdated). */
function progressSnapshot(p: ActionProgressEntity): EventPayload<'ActionProgressUpdated'>['after'] {
  return {
    actionCode: p.actionCode,
    status: p.status,
    progress: effectiveProgress({ status: p.status, progress: p.progressOverride }),
    progressOverride: p.progressOverride,
    targetDate: p.targetDate,
    owner: p.owner,
    justification: p.justification,
    version: p.version,
  };
}

/** What the history keeps of a milestone (events MilestoneCreated / MilestoneUpdated). */
function milestoneSnapshot(m: MilestoneEntity): EventPayload<'MilestoneUpdated'>['after'] {
  return {
    actionCode: m.actionCode,
    title: m.title,
    description: m.description,
    date: m.date,
    reached: m.reached,
    version: m.version,
  };
}

/** Every action of the commitment's edition, merged with the stored rows (missing = NOT_STARTED). */
export function mergeWithCatalogue(
  commitment: Pick<CommitmentRecord, 'id' | 'edition'>,
  rows: readonly ActionProgressEntity[],
): ActionProgressModel[] {
  const byCode = new Map(rows.map((r) => [r.actionCode, r]));
  return getCatalogue(commitment.edition).actions.map((action) => {
    const row = byCode.get(action.code);
    const status = row?.status ?? 'NOT_STARTED';
    return {
      commitmentId: commitment.id,
      edition: commitment.edition,
      actionCode: action.code,
      status,
      progress: effectiveProgress({ status, progress: row?.progressOverride ?? null }),
      progressOverridden: row?.progressOverride != null,
      targetDate: row?.targetDate ?? null,
      owner: row?.owner ?? null,
      justification: row?.justification ?? null,
      updatedAt: row?.updatedAt ?? null,
      version: row?.version ?? 0,
      action: pactActionModelOf(action),
    };
  });
}

export function scoresOf(edition: string, rows: ActionProgressEntity[]): ScoreSummary {
  const entries: ProgressEntry[] = rows.map((r) => ({
    actionCode: r.actionCode,
    status: r.status,
    progress: r.progressOverride,
  }));
  return computeScores(entries, edition);
}

/** A progress row as this service returns it: what other modules may read. */
export type ProgressRecord = Readonly<ActionProgressEntity>;

@Injectable()
export class ProgressService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ProgressRepository,
    private readonly commitments: CommitmentsService,
    private readonly access: CommitmentsAccess,
  ) {}

  /** The stored progress rows of many commitments (rebuilding the national statistics), in `manager`'s if given. */
  rowsOfCommitments(commitmentIds: readonly string[], manager?: EntityManager): Promise<ActionProgressEntity[]> {
    return commitmentIds.length === 0
      ? Promise.resolve([])
      : this.repository.findByCommitmentIdList(commitmentIds, manager);
  }

  /** The sections' self-assessments of many commitments (a section missing: nothing said yet). */
  sectionSelfAssessmentsOf(commitmentIds: readonly string[]): Promise<Readonly<SectionSelfAssessmentEntity>[]> {
    return commitmentIds.length === 0 ? Promise.resolve([]) : this.repository.findSectionSelfAssessments(commitmentIds);
  }

  /** The stored progress rows of a commitment (a missing action is NOT_STARTED), in `manager`'s transaction if given. */
  rowsOf(commitmentId: string, manager?: EntityManager): Promise<ActionProgressEntity[]> {
    return this.repository.findByCommitmentIds([commitmentId], manager);
  }

  /** Recomputes the commitment's stored score from its rows, in the writing transaction (under the score's lock). */
  private async refreshScore(commitment: CommitmentRecord, manager: EntityManager): Promise<void> {
    const kept = await this.repository.lockScore(commitment.id, manager);
    const rows = (await this.rowsOf(commitment.id, manager)).filter((r) => r.version > 0);
    const scores = scoresOf(commitment.edition, rows);
    const startOverall = clockBaselineAfterWrite({
      baseline: kept.startOverall,
      overall: scores.overall,
      committedOn: commitment.committedOn,
      today: todayInFrance(new Date()),
    });
    await this.repository.saveScore(
      { commitmentId: commitment.id, overall: scores.overall, actionsDone: scores.counts.DONE, startOverall },
      manager,
    );
  }

  /**
   * Stores the score of every commitment that has progress but no stored score (run at start-up, after the
   * migrations): data written before scores were kept, or loaded by bulk SQL. Returns how many were filled.
   */
  async fillMissingScores(): Promise<number> {
    const ids = await this.repository.commitmentsWithoutScore();
    for (const id of ids) {
      await this.repository.transaction(async (manager) => {
        const commitment = await this.commitments.get(id, manager);
        await this.refreshScore(commitment, manager);
      });
    }
    return ids.length;
  }

  private async editableCommitment(actor: Actor, commitmentId: string, permission: Permission, manager: EntityManager) {
    const commitment = await this.commitments.inForce(commitmentId, manager);
    this.access.assertCanEdit(actor, commitment.collectivityId, permission, 'Commitment', commitmentId);
    return commitment;
  }

  private assertAction(commitment: CommitmentRecord, actionCode: string) {
    if (!isActionCode(actionCode, commitment.edition)) throw new UnknownActionError(actionCode, commitment.edition);
  }

  /**
   * Sets an action's status (and %, target date, owner, justification). The first write creates the row; concurrent
   * writes to one action queue on its row lock, and a stale `expectedVersion` is refused with CONFLICT.
   */
  updateProgress(actor: Actor, input: UpdateActionProgressInput): Promise<ActionProgressModel> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const commitment = await this.editableCommitment(actor, input.commitmentId, 'progress.update', manager);
      this.assertAction(commitment, input.actionCode);
      assertRules(checkProgressRules(input));
      const justification = input.justification?.trim() || null;
      const override = input.progress ?? null;
      const row = await this.repository.lockOrCreate(commitment.id, input.actionCode, manager);
      const model = (r: ActionProgressEntity) =>
        mergeWithCatalogue(commitment, r.version > 0 ? [r] : []).find((a) => a.actionCode === r.actionCode)!;
      assertVersion('ActionProgress', `${commitment.id}:${row.actionCode}`, input.expectedVersion, row.version, () =>
        model(row),
      );
      const existed = row.version > 0;
      const before = existed ? progressSnapshot(row) : null;
      const saved = await this.repository.save(
        {
          ...row,
          status: input.status,
          progressOverride: override,
          targetDate: input.targetDate === undefined ? (existed ? row.targetDate : null) : input.targetDate,
          owner: input.owner === undefined ? (existed ? row.owner : null) : input.owner?.trim() || null,
          justification,
        },
        manager,
      );
      await this.refreshScore(commitment, manager);
      const entityId = `${commitment.id}:${saved.actionCode}`;
      const collectivityId = commitment.collectivityId;
      const after = progressSnapshot(saved);
      record(
        before
          ? { name: 'ActionProgressUpdated', collectivityId, entityId, payload: { before, after } }
          : { name: 'ActionProgressCreated', collectivityId, entityId, payload: { before: null, after } },
      );
      return model(saved);
    });
  }

  /**
   * The collectivity says where it stands on one section of the pact as a whole (same reach as a progress update).
   * The first write creates the row; concurrent writes queue on its lock; a stale `expectedVersion` is refused.
   */
  selfAssessSection(actor: Actor, input: SelfAssessSectionInput): Promise<SectionSelfAssessmentModel> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const commitment = await this.editableCommitment(actor, input.commitmentId, 'progress.update', manager);
      const row = await this.repository.lockOrCreateSection(commitment.id, input.section, manager);
      const entityId = `${commitment.id}:section-${input.section}`;
      assertVersion('SectionSelfAssessment', entityId, input.expectedVersion, row.version, () =>
        toSectionSelfAssessmentModel(row),
      );
      const before = row.version > 0 ? sectionSelfAssessmentSnapshot(row) : null;
      const saved: SectionSelfAssessmentEntity = await this.repository.saveSectionSelfAssessment(
        { ...row, status: input.status, explanation: input.explanation.trim() },
        manager,
      );
      const collectivityId = commitment.collectivityId;
      const after = sectionSelfAssessmentSnapshot(saved);
      record(
        before
          ? { name: 'SectionSelfAssessmentUpdated', collectivityId, entityId, payload: { before, after } }
          : { name: 'SectionSelfAssessmentCreated', collectivityId, entityId, payload: { before: null, after } },
      );
      return toSectionSelfAssessmentModel(saved);
    });
  }

  addMilestone(actor: Actor, input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const commitment = await this.editableCommitment(actor, input.commitmentId, 'milestone.manage', manager);
      this.assertAction(commitment, input.actionCode);
      const saved = await this.repository.saveMilestone(
        {
          commitmentId: commitment.id,
          actionCode: input.actionCode,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          date: input.date,
          reached: input.reached,
        },
        manager,
      );
      record({
        name: 'MilestoneCreated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: { before: null, after: milestoneSnapshot(saved) },
      });
      return saved;
    });
  }

  /** Edits a milestone under its row lock; a stale `expectedVersion` is refused with CONFLICT. */
  updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const milestone = await this.repository.findMilestone(input.milestoneId, manager);
      if (!milestone) throw new NotFoundError('Milestone', input.milestoneId);
      const commitment = await this.editableCommitment(actor, milestone.commitmentId, 'milestone.manage', manager);
      assertVersion('Milestone', milestone.id, input.expectedVersion, milestone.version, () =>
        toMilestoneModel(milestone),
      );
      const before = milestoneSnapshot(milestone);
      if (input.title != null) milestone.title = input.title.trim();
      if (input.description !== undefined) milestone.description = input.description?.trim() || null;
      if (input.date != null) milestone.date = input.date;
      if (input.reached != null) milestone.reached = input.reached;
      const saved = await this.repository.saveMilestone(milestone, manager);
      record({
        name: 'MilestoneUpdated',
        collectivityId: commitment.collectivityId,
        entityId: saved.id,
        payload: { before, after: milestoneSnapshot(saved) },
      });
      return saved;
    });
  }

  /**
   * Withdraws a milestone, with a reason: its row is removed (it leaves the page, the public reads and the exports)
   * and one history entry keeps what it was and why; its earlier entries stay. Under its row lock; a stale
   * `expectedVersion` is refused with CONFLICT.
   */
  withdrawMilestone(actor: Actor, input: WithdrawMilestoneInput): Promise<void> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const milestone = await this.repository.findMilestone(input.milestoneId, manager);
      if (!milestone) throw new NotFoundError('Milestone', input.milestoneId);
      const commitment = await this.commitments.get(milestone.commitmentId, manager);
      this.access.assertCanEdit(actor, commitment.collectivityId, 'milestone.manage', 'Milestone', milestone.id);
      assertVersion('Milestone', milestone.id, input.expectedVersion, milestone.version, () =>
        toMilestoneModel(milestone),
      );
      await this.repository.removeMilestone(milestone.id, manager);
      record({
        name: 'MilestoneWithdrawn',
        collectivityId: commitment.collectivityId,
        entityId: milestone.id,
        payload: { before: milestoneSnapshot(milestone), after: { reason: input.reason.trim() } },
      });
    });
  }
}
