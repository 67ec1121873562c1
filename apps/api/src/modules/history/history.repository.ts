import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from './audit-event.entity';

@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends one entry; there is no update or delete method, and the database refuses both. */
  async append(manager: EntityManager, event: Omit<AuditEventEntity, 'id' | 'occurredAt'>): Promise<void> {
    await manager.getRepository(AuditEventEntity).insert(event as QueryDeepPartialEntity<AuditEventEntity>);
  }

  /** Newest first; `beforeId` pages backwards through the history. */
  listForCollectivity(collectivityId: string, limit: number, beforeId: string | null): Promise<AuditEventEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.collectivity_id = :collectivityId', { collectivityId });
    if (beforeId) qb.andWhere('e.id < :beforeId', { beforeId });
    return qb.orderBy('e.id', 'DESC').limit(limit).getMany();
  }
}
