import { Injectable } from '@nestjs/common';
import type { Work } from '../history/unit-of-work';
import type { CandidateListEntity } from './candidate-list.entity';

/**
 * Called inside the writing unit of work each time a list's standing may have changed: its outcome was recorded, or
 * someone signed on behalf of the whole list. The listener's events join the unit's (after the list's own); a listener
 * that throws rolls the whole change back.
 */
export type ListChangedListener = (unit: Work, list: CandidateListEntity) => Promise<void>;

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

  async listChanged(unit: Work, list: CandidateListEntity): Promise<void> {
    for (const listener of this.listeners) await listener(unit, list);
  }
}
