import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
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

/** What the history says of a signed-in user: their id only, never their name (see actorReference). */
export const USER_ACTOR_LABEL = 'user';

@Injectable()
export class HistoryService {
  constructor(private readonly repository: HistoryRepository) {}

  /**
   * Records one change, inside the caller's transaction so the change and its history land together. Call it last
   * in the transaction: it takes the chain lock, held until the transaction ends.
   */
  record(manager: EntityManager, actor: Actor, entry: HistoryEntry): Promise<ChainEntry> {
    return this.repository.append(manager, {
      ...actorReference(actor),
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

/**
 * Who made a change, as the history records it. The history can never be rewritten, so it holds no plain personal
 * data: a signed-in user is recorded by their opaque id alone (erasing the account leaves an id that points to no
 * one), the operator and system jobs by their id and label, which name no person.
 */
export function actorReference(actor: Actor): { actorId: string | null; actorLabel: string } {
  if (actor.kind === 'user') {
    if (!actor.id || actor.id.includes('@')) {
      throw new Error('a user is recorded in the history by an opaque id, never by an e-mail address');
    }
    return { actorId: actor.id, actorLabel: USER_ACTOR_LABEL };
  }
  return { actorId: actor.id, actorLabel: actor.label };
}

/** Plain JSON, with dates as ISO strings. */
function toJson(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
