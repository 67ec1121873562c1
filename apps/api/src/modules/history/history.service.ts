import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { actorReference } from './actor-reference';
import { AuditEventEntity } from './audit-event.entity';
import type { ChainEntry } from './chain';
import { HistoryRepository } from './history.repository';

export interface HistoryEntry {
  collectivityId: string | null;
  entityType: string;
  entityId: string;
  action: 'CREATE' | 'UPDATE' | 'ERASE';
  before: object | null;
  after: object | null;
}

@Injectable()
export class HistoryService {
  constructor(private readonly repository: HistoryRepository) {}

  /**
   * Records one change, inside the caller's transaction so the change and its history land together. Call it last
   * in the transaction: it takes the chain lock, held until the transaction ends.
   */
  record(manager: EntityManager, actor: Actor, entry: HistoryEntry): Promise<ChainEntry> {
    return this.repository.append(manager, {
      ...actorReference(actor, entry.collectivityId),
      collectivityId: entry.collectivityId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ? toJson(entry.before) : null,
      after: entry.after ? toJson(entry.after) : null,
    });
  }

  listForCollectivity(collectivityId: string, first: number, before: string | null): Promise<AuditEventEntity[]> {
    return this.repository.listForCollectivity(collectivityId, first, before);
  }

  /** The chain in id order, optionally one collectivity's entries: the public export. */
  streamChain(collectivityId: string | null): AsyncGenerator<ChainEntry> {
    return this.repository.streamChain(collectivityId);
  }
}

/** Plain JSON, with dates as ISO strings. */
function toJson(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** The history writer outside Nest (command-line tools such as personal-data): the same one the app injects. */
export function historyServiceFor(dataSource: DataSource): HistoryService {
  return new HistoryService(new HistoryRepository(dataSource));
}
