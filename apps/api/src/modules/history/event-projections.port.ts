import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from './history.service';

/**
 * Keeps a read model (an aggregate) up to date from a unit of work's typed events, inside the unit's transaction:
 * the change, its history entries and the aggregate commit or roll back together. A projection that throws rolls
 * the whole change back.
 */
export type Projection = (manager: EntityManager, events: readonly RecordedEvent[]) => Promise<void>;

/**
 * The projections every unit of work runs after appending its events (see unit-of-work.ts). The history knows
 * nothing of the aggregates: their owners register here (statistics keeps the national figures this way), so the
 * dependency runs one way, owner → history.
 */
@Injectable()
export class EventProjections {
  private readonly projections: Projection[] = [];

  register(projection: Projection): void {
    this.projections.push(projection);
  }

  async apply(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const projection of this.projections) await projection(manager, events);
  }
}
