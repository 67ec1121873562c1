import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
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
    return this.repo().findBy({ id: In([...ids]) });
  }

  findByCollectivityIds(collectivityIds: readonly string[], manager?: EntityManager): Promise<CommitmentEntity[]> {
    return this.repo(manager).find({
      where: { collectivityId: In([...collectivityIds]) },
      order: { committedOn: 'ASC' },
    });
  }

  findForCollectivity(collectivityId: string, edition: string, manager?: EntityManager) {
    return this.repo(manager).findOneBy({ collectivityId, edition });
  }

  /** Every commitment, for the national statistics. */
  findAll(): Promise<CommitmentEntity[]> {
    return this.repo().find({ order: { committedOn: 'ASC' } });
  }

  findByEdition(edition: string, manager?: EntityManager): Promise<CommitmentEntity[]> {
    return this.repo(manager).findBy({ edition });
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
