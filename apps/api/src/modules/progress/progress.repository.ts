import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActionProgressEntity } from './action-progress.entity';
import { MilestoneEntity } from './milestone.entity';

@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  save(entity: Partial<ActionProgressEntity>, manager: EntityManager): Promise<ActionProgressEntity> {
    const repo = manager.getRepository(ActionProgressEntity);
    return repo.save(repo.create(entity));
  }

  findMilestonesByCommitmentIds(commitmentIds: readonly string[]): Promise<MilestoneEntity[]> {
    return this.dataSource
      .getRepository(MilestoneEntity)
      .find({ where: { commitmentId: In([...commitmentIds]) }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  findMilestone(id: string, manager: EntityManager): Promise<MilestoneEntity | null> {
    return manager.getRepository(MilestoneEntity).findOneBy({ id });
  }

  saveMilestone(entity: Partial<MilestoneEntity>, manager: EntityManager): Promise<MilestoneEntity> {
    const repo = manager.getRepository(MilestoneEntity);
    return repo.save(repo.create(entity));
  }
}
