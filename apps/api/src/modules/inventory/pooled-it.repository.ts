import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PooledItLinkEntity } from './pooled-it.entity';

/** The links of pooled IT: which body runs which commune's IT. */
@Injectable()
export class PooledItRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private links(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PooledItLinkEntity);
  }

  /** The link of each of these communes, when they have one. */
  findByCollectivityIds(collectivityIds: readonly string[], manager?: EntityManager) {
    return this.links(manager).findBy({ collectivityId: In([...collectivityIds]) });
  }

  /** The communes whose IT each of these bodies runs. */
  findByBodyIds(bodyIds: readonly string[], manager?: EntityManager) {
    return this.links(manager).find({ where: { bodyId: In([...bodyIds]) }, order: { collectivityId: 'ASC' } });
  }

  /** The commune's link, locked until the transaction ends; null when none. */
  findForUpdate(collectivityId: string, manager: EntityManager) {
    return this.links(manager).findOne({ where: { collectivityId }, lock: { mode: 'pessimistic_write' } });
  }

  save(entity: Partial<PooledItLinkEntity>, manager: EntityManager) {
    const repo = this.links(manager);
    return repo.save(repo.create(entity));
  }

  async delete(collectivityId: string, manager: EntityManager): Promise<void> {
    await this.links(manager).delete({ collectivityId });
  }
}
