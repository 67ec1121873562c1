import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
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
    const repo = manager.getRepository(ActionProgressEntity);
    return bumpUnchanged(manager, 'action_progress', entity.version, await repo.save(repo.create(entity)));
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
    const repo = manager.getRepository(MilestoneEntity);
    return bumpUnchanged(manager, 'milestone', entity.version, await repo.save(repo.create(entity)));
  }
}

/**
 * TypeORM issues no UPDATE (so bumps no version) when a save changes no column; but every acknowledged edit records
 * a history event, so it must also count as a version, or the next edit's `expectedVersion` and the history's
 * versions drift from the table. An edit of an existing row that changed nothing gets its version bumped here.
 */
async function bumpUnchanged<T extends { id: string; version: number; updatedAt: Date }>(
  manager: EntityManager,
  table: 'action_progress' | 'milestone',
  versionBefore: number | undefined,
  saved: T,
): Promise<T> {
  if (versionBefore === undefined || saved.version !== versionBefore) return saved;
  const [rows] = await manager.query<[{ version: number; updated_at: Date }[], number]>(
    `UPDATE ${table} SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, updated_at`,
    [saved.id],
  );
  saved.version = rows[0].version;
  saved.updatedAt = rows[0].updated_at;
  return saved;
}
