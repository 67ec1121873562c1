import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { plainRows } from '../../database/plain-rows';
import { CommitmentEntity } from './commitment.entity';

@Injectable()
export class CommitmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CommitmentEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<CommitmentEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<CommitmentEntity[]> {
    return plainRows(
      this.dataSource,
      CommitmentEntity,
      'm',
      'SELECT {columns} FROM commitment m WHERE m.id = ANY($1::uuid[])',
      [[...ids]],
    );
  }

  /** The commitments in force (not withdrawn) of these collectivities. */
  findByCollectivityIds(collectivityIds: readonly string[], manager?: EntityManager): Promise<CommitmentEntity[]> {
    return plainRows(
      manager ?? this.dataSource,
      CommitmentEntity,
      'm',
      `SELECT {columns} FROM commitment m
        WHERE m.collectivity_id = ANY($1::uuid[]) AND m.withdrawn_at IS NULL ORDER BY m.committed_on`,
      [[...collectivityIds]],
    );
  }

  findForCollectivity(collectivityId: string, edition: string, manager?: EntityManager) {
    return this.repo(manager).findOneBy({ collectivityId, edition, withdrawnAt: IsNull() });
  }

  /** Every commitment in force, for the national statistics. */
  findAll(): Promise<CommitmentEntity[]> {
    return this.repo().find({ where: { withdrawnAt: IsNull() }, order: { committedOn: 'ASC' } });
  }

  findByEdition(edition: string, manager?: EntityManager): Promise<CommitmentEntity[]> {
    return this.repo(manager).findBy({ edition, withdrawnAt: IsNull() });
  }

  /** The commitment in force that this list's majority made, locked for a change; null when none. */
  lockByList(candidateListId: string, manager: EntityManager): Promise<CommitmentEntity | null> {
    return this.repo(manager).findOne({
      where: { candidateListId, withdrawnAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async markWithdrawn(id: string, reason: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { withdrawnAt: new Date(), withdrawalReason: reason });
  }

  /** Ids of the commitments in force of `edition` that belong to the labelled demo data set. */
  async demoIds(edition: string): Promise<string[]> {
    const rows = await this.repo().find({
      select: { id: true },
      where: { edition, demo: true, withdrawnAt: IsNull() },
    });
    return rows.map((r) => r.id);
  }

  anyDemo(): Promise<boolean> {
    return this.repo().existsBy({ demo: true });
  }

  async markDemo(id: string): Promise<void> {
    await this.repo().update({ id }, { demo: true });
  }

  insert(entity: Partial<CommitmentEntity>, manager: EntityManager): Promise<CommitmentEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(entity));
  }
}
