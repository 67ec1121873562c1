import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { EventProjections } from './event-projections.port';
import { HistoryService, RecordedEvent } from './history.service';

/** What a write sees inside its unit of work. */
export interface Work {
  /** Every read and write of the unit goes through this manager: one transaction. */
  readonly manager: EntityManager;
  /** Who makes the change; the history records them (as a pseudonymous reference). */
  readonly actor: Actor;
  /** Queues a typed event; the unit appends its events, in order, when the work is done, in the same transaction. */
  readonly record: (event: RecordedEvent) => void;
}

/**
 * "A transaction and its history entries": every service write runs as one unit of work. The work loads its records
 * (locking those it changes), makes its per-record checks, writes, and records typed events; the unit appends the
 * events last, inside the transaction, so a change and its history commit or roll back together, and the history's
 * chain lock is held only at the end. An error anywhere rolls everything back, events included.
 *
 * After its events, the unit runs the registered projections ({@link EventProjections}): the aggregates that public
 * reads use (national statistics) change in the same transaction as the records they summarize.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly projections: EventProjections,
  ) {}

  /** The transaction of a running {@link batch}, which every unit started inside it joins. */
  private readonly ambient = new AsyncLocalStorage<EntityManager>();

  run<T>(actor: Actor, work: (unit: Work) => Promise<T>): Promise<T> {
    const batch = this.ambient.getStore();
    if (batch) return this.within(batch, actor, work);
    return this.dataSource.transaction((manager) => this.within(manager, actor, work));
  }

  /**
   * One transaction for many units of work (an import: all or nothing): every `run` called by `work`, directly or
   * through any service, joins it instead of opening its own, so each change is still made, checked and recorded by
   * the service that owns it, as a single edit would be, and an error anywhere rolls everything back.
   */
  batch<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.ambient.getStore()) throw new Error('a batch cannot start inside another');
    return this.dataSource.transaction((manager) => this.ambient.run(manager, () => work(manager)));
  }

  /** The same inside a transaction the caller already holds (a service called by another's unit of work). */
  async within<T>(manager: EntityManager, actor: Actor, work: (unit: Work) => Promise<T>): Promise<T> {
    const events: RecordedEvent[] = [];
    const result = await work({ manager, actor, record: (event) => events.push(event) });
    for (const event of events) await this.history.record(manager, actor, event);
    await this.projections.apply(manager, events);
    return result;
  }
}
