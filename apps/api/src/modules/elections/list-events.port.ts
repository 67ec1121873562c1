import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { CandidateListEntity } from './candidate-list.entity';

/**
 * Called inside the writing transaction each time a list's standing may have changed: its outcome was recorded, or
 * someone signed on behalf of the whole list. A listener that throws rolls the change back.
 */
export type ListChangedListener = (manager: EntityManager, actor: Actor, list: CandidateListEntity) => Promise<void>;

/**
 * What the elections module publishes about its lists. Elections knows nothing of commitments: the commitments
 * module subscribes here (a signing list that won the majority commits its collectivity), so the dependency runs
 * one way, commitments → elections.
 */
@Injectable()
export class ListEvents {
  private readonly listeners: ListChangedListener[] = [];

  onListChanged(listener: ListChangedListener): void {
    this.listeners.push(listener);
  }

  async listChanged(manager: EntityManager, actor: Actor, list: CandidateListEntity): Promise<void> {
    for (const listener of this.listeners) await listener(manager, actor, list);
  }
}
