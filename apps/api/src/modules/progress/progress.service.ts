import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ProgressEntry,
  ScoreSummary,
  computeScores,
  effectiveProgress,
  getCatalogue,
  isActionCode,
  requiresJustification,
} from '@pacte/pact';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { Permission } from '../../common/auth/permissions';
import { NotFoundError } from '../../common/errors/domain-error';
import { CommitmentsAccess } from '../commitments/commitments.access';
import { CommitmentsService, type CommitmentRecord } from '../commitments/commitments.service';
import { HistoryService } from '../history/history.service';
import { ActionProgressEntity } from './action-progress.entity';
import { AddMilestoneInput, UpdateActionProgressInput, UpdateMilestoneInput } from './dto/progress.input';
import { ActionProgressModel } from './models/progress.model';
import { MilestoneEntity } from './milestone.entity';
import {
  JustificationRequiredError,
  ProgressNotAllowedError,
  ProgressOutOfRangeError,
  UnknownActionError,
} from './progress.errors';
import { ProgressRepository } from './progress.repository';

function progressSnapshot(p: ActionProgressEntity) {
  return {
    actionCode: p.actionCode,
    status: p.status,
    progress: effectiveProgress({ status: p.status, progress: p.progressOverride }),
    progressOverride: p.progressOverride,
    targetDate: p.targetDate,
    owner: p.owner,
    justification: p.justification,
  };
}

function milestoneSnapshot(m: MilestoneEntity) {
  return { actionCode: m.actionCode, title: m.title, description: m.description, date: m.date, reached: m.reached };
}

/** Every action of the commitment's edition, merged with the stored rows (missing = NOT_STARTED). */
export function mergeWithCatalogue(
  commitment: CommitmentRecord,
  rows: readonly ActionProgressEntity[],
): ActionProgressModel[] {
  const byCode = new Map(rows.map((r) => [r.actionCode, r]));
  return getCatalogue(commitment.edition).actions.map((action) => {
    const row = byCode.get(action.code);
    const status = row?.status ?? 'NOT_STARTED';
    return {
      commitmentId: commitment.id,
      actionCode: action.code,
      status,
      progress: effectiveProgress({ status, progress: row?.progressOverride ?? null }),
      progressOverridden: row?.progressOverride != null,
      targetDate: row?.targetDate ?? null,
      owner: row?.owner ?? null,
      justification: row?.justification ?? null,
      updatedAt: row?.updatedAt ?? null,
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProgressRepository,
    private readonly commitments: CommitmentsService,
    private readonly access: CommitmentsAccess,
    private readonly history: HistoryService,
  ) {}

  /** The stored progress rows of a commitment (a missing action is NOT_STARTED), in `manager`'s transaction if given. */
  rowsOf(commitmentId: string, manager?: EntityManager): Promise<ActionProgressEntity[]> {
    return this.repository.findByCommitmentIds([commitmentId], manager);
  }

  private async editableCommitment(actor: Actor, commitmentId: string, permission: Permission, manager: EntityManager) {
    const commitment = await this.commitments.get(commitmentId, manager);
    this.access.assertCanEdit(actor, commitment.collectivityId, permission, 'Commitment', commitmentId);
    return commitment;
  }

  private assertAction(commitment: CommitmentRecord, actionCode: string) {
    if (!isActionCode(actionCode, commitment.edition)) throw new UnknownActionError(actionCode, commitment.edition);
  }

  updateProgress(actor: Actor, input: UpdateActionProgressInput): Promise<ActionProgressModel> {
    return this.dataSource.transaction(async (manager) => {
      const commitment = await this.editableCommitment(actor, input.commitmentId, 'progress.update', manager);
      this.assertAction(commitment, input.actionCode);
      const justification = input.justification?.trim() || null;
      if (requiresJustification(input.status) && !justification) throw new JustificationRequiredError(input.status);
      const override = input.progress ?? null;
      if (override !== null) {
        if (override < 0 || override > 100) throw new ProgressOutOfRangeError(override);
        if (input.status === 'NOT_APPLICABLE' || input.status === 'ABANDONED') {
          throw new ProgressNotAllowedError(input.status);
        }
      }
      const existing = await this.repository.findForUpdate(commitment.id, input.actionCode, manager);
      const before = existing ? progressSnapshot(existing) : null;
      const saved = await this.repository.save(
        {
          ...(existing ?? { commitmentId: commitment.id, actionCode: input.actionCode }),
          status: input.status,
          progressOverride: override,
          targetDate: input.targetDate === undefined ? (existing?.targetDate ?? null) : input.targetDate,
          owner: input.owner === undefined ? (existing?.owner ?? null) : input.owner?.trim() || null,
          justification,
        },
        manager,
      );
      await this.history.record(manager, actor, {
        collectivityId: commitment.collectivityId,
        entityType: 'ActionProgress',
        entityId: `${commitment.id}:${saved.actionCode}`,
        action: existing ? 'UPDATE' : 'CREATE',
        before,
        after: progressSnapshot(saved),
      });
      return mergeWithCatalogue(commitment, [saved]).find((a) => a.actionCode === saved.actionCode)!;
    });
  }

  addMilestone(actor: Actor, input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
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
      await this.history.record(manager, actor, {
        collectivityId: commitment.collectivityId,
        entityType: 'Milestone',
        entityId: saved.id,
        action: 'CREATE',
        before: null,
        after: milestoneSnapshot(saved),
      });
      return saved;
    });
  }

  updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      const milestone = await this.repository.findMilestone(input.milestoneId, manager);
      if (!milestone) throw new NotFoundError('Milestone', input.milestoneId);
      const commitment = await this.editableCommitment(actor, milestone.commitmentId, 'milestone.manage', manager);
      const before = milestoneSnapshot(milestone);
      if (input.title != null) milestone.title = input.title.trim();
      if (input.description !== undefined) milestone.description = input.description?.trim() || null;
      if (input.date != null) milestone.date = input.date;
      if (input.reached != null) milestone.reached = input.reached;
      const saved = await this.repository.saveMilestone(milestone, manager);
      await this.history.record(manager, actor, {
        collectivityId: commitment.collectivityId,
        entityType: 'Milestone',
        entityId: saved.id,
        action: 'UPDATE',
        before,
        after: milestoneSnapshot(saved),
      });
      return saved;
    });
  }
}
