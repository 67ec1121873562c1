import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { saveVersioned } from '../../common/errors/versioned-save';
import { ActionProgressEntity } from './action-progress.entity';
import { MilestoneEntity } from './milestone.entity';

@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The rows of these commitments, however many (one array parameter). */
  findByCommitmentIdList(commitmentIds: readonly string[]): Promise<ActionProgressEntity[]> {
    return this.dataSource
      .getRepository(ActionProgressEntity)
      .createQueryBuilder('p')
      .where('p.commitment_id = ANY(:ids)', { ids: [...commitmentIds] })
      .getMany();
  }

  findByCommitmentIds(commitmentIds: readonly string[], manager?: EntityManager): Promise<ActionProgressEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ActionProgressEntity)
      .findBy({ commitmentId: In([...commitmentIds]) });
  }

  /** Locks the row, if any, so two concurrent updates of one action are serialised. */
  findForUpdate(commitmentId: string, actionCode: string, manager: EntityManager) {
    return manager
      .getRepository(ActionProgressEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.commitment_id = :commitmentId AND p.action_code = :actionCode', { commitmentId, actionCode })
      .getOne();
  }

  /**
   * Locks the action's row, creating it first (version 0, "never touched") when there is none, so that concurrent
   * first writes queue on the row instead of colliding on its unique key. The caller's transaction either saves its
   * change over it (version 1) or rolls back, placeholder included.
   */
  async lockOrCreate(commitmentId: string, actionCode: string, manager: EntityManager): Promise<ActionProgressEntity> {
    await manager.query(
      `INSERT INTO action_progress (commitment_id, action_code, status, version) VALUES ($1, $2, 'NOT_STARTED', 0)
       ON CONFLICT (commitment_id, action_code) DO NOTHING`,
      [commitmentId, actionCode],
    );
    return (await this.findForUpdate(commitmentId, actionCode, manager))!;
  }

  async save(entity: Partial<ActionProgressEntity>, manager: EntityManager): Promise<ActionProgressEntity> {
    return saveVersioned(manager, ActionProgressEntity, entity);
  }

  findMilestonesByCommitmentIds(commitmentIds: readonly string[]): Promise<MilestoneEntity[]> {
    return this.dataSource
      .getRepository(MilestoneEntity)
      .find({ where: { commitmentId: In([...commitmentIds]) }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  /** Locks the milestone, so two concurrent edits are serialised and the second one sees the first. */
  findMilestone(id: string, manager: EntityManager): Promise<MilestoneEntity | null> {
    return manager.getRepository(MilestoneEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveMilestone(entity: Partial<MilestoneEntity>, manager: EntityManager): Promise<MilestoneEntity> {
    return saveVersioned(manager, MilestoneEntity, entity);
  }
}
