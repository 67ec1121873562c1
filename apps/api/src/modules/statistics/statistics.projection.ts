import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CommitmentsService, type CommitmentRecord } from '../commitments/commitments.service';
import { EventProjections } from '../history/event-projections.port';
import type { RecordedEvent } from '../history/history.service';
import { ProgressService } from '../progress/progress.service';
import { scoreTenthsOf, type ScoreTenths } from './monthly-totals';
import { StatisticsRepository, deltaBetween } from './statistics.repository';

/** The commitments whose figures a unit's events change, once each, in the order they first appear. */
export function commitmentsChangedBy(events: readonly RecordedEvent[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.name === 'CommitmentCreated' || event.name === 'CommitmentWithdrawn') ids.add(event.entityId);
    if (event.name === 'ActionProgressCreated' || event.name === 'ActionProgressUpdated') {
      ids.add(event.entityId.split(':')[0]);
    }
  }
  return [...ids];
}

/**
 * Keeps the national statistics (statistics_commitment, statistics_month) in the transaction of every write that changes
 * a commitment or its progress: registered with the units of work's projections, it reads the commitment's rows as
 * the unit leaves them, stores its new scores, and adds the difference to the month rows, from the current month on
 * (from the commitment's month for a new commitment). Nothing here reads the history.
 */
@Injectable()
export class StatisticsProjection {
  constructor(
    projections: EventProjections,
    private readonly repository: StatisticsRepository,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
  ) {
    // Registered when built, not in onModuleInit: the app seeds the demo before init().
    projections.register((manager, events) => this.apply(manager, events));
  }

  async apply(manager: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    const ids = commitmentsChangedBy(events);
    if (ids.length === 0) return;
    await this.repository.lock(manager);
    const month = await this.repository.currentMonth(manager);
    for (const id of ids) await this.refresh(manager, id, month);
  }

  private async refresh(manager: EntityManager, commitmentId: string, month: string): Promise<void> {
    const commitment = await this.commitments.get(commitmentId, manager);
    if (commitment.withdrawnAt) return this.remove(manager, commitment, month);
    const rows = await this.progress.rowsOf(commitmentId, manager);
    const next = scoreTenthsOf(
      rows.map((r) => ({ actionCode: r.actionCode, status: r.status, progress: r.progressOverride })),
      commitment.edition,
    );
    const previous = await this.repository.findScore(commitmentId, manager);
    await this.repository.saveScore(
      {
        commitmentId,
        edition: commitment.edition,
        collectivityId: commitment.collectivityId,
        source: commitment.source,
        committedOn: commitment.committedOn,
        ...next,
      },
      manager,
    );
    const { edition } = commitment;
    const committedMonth = commitment.committedOn.slice(0, 7);
    // The month of the change has its row even when nothing in it counts yet (as the history shows that month).
    await this.repository.ensureMonth(edition, month, manager);
    const delta = deltaBetween(previous, next);
    if (Object.values(delta).every((v) => v === 0)) return;
    // A new commitment counts from its own month; a change counts from now, or from the commitment's month if later.
    const from = previous === null || committedMonth > month ? committedMonth : month;
    await this.repository.addFrom(edition, from, delta, manager);
  }

  /** A withdrawn commitment leaves the figures from the month of its withdrawal on. */
  private async remove(manager: EntityManager, commitment: CommitmentRecord, month: string): Promise<void> {
    const previous = await this.repository.findScore(commitment.id, manager);
    if (!previous) return;
    const none: ScoreTenths = { actionsDone: 0, overallTenths: null, sectionTenths: [] };
    const delta = deltaBetween(previous, none);
    await this.repository.addFrom(commitment.edition, month, { ...delta, commitments: -1 }, manager);
    await this.repository.deleteScore(commitment.id, manager);
  }
}
