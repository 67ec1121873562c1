import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PACT_EDITIONS, ProgressStatus, isEventOf, tryReadHistoryEvent } from '@pacte/pact';
import { DataSource, EntityManager } from 'typeorm';
import { CommitmentsService } from '../commitments/commitments.service';
import { HistoryService } from '../history/history.service';
import { ProgressService } from '../progress/progress.service';
import { MonthlyTotalsBuilder, scoreTenthsOf } from './monthly-totals';
import { StatisticsRepository } from './statistics.repository';

/**
 * Rebuilds the national statistics from the records (current scores) and the history (the months gone by), when they
 * are marked stale: after the migration that created them, or after a tool wrote progress without the services. Runs
 * when the app starts, under the statistics lock, so with several processes one rebuilds and the others find the
 * aggregates fresh. This is maintenance: a public read never replays the history.
 */
@Injectable()
export class StatisticsRebuild implements OnApplicationBootstrap {
  private readonly logger = new Logger('Statistics');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: StatisticsRepository,
    private readonly commitments: CommitmentsService,
    private readonly progress: ProgressService,
    private readonly history: HistoryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.rebuildIfStale()) this.logger.log('national statistics rebuilt from the records and the history');
  }

  /** Rebuilds when marked stale; true when it did. */
  rebuildIfStale(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lock(manager);
      if (!(await this.repository.isStale(manager))) return false;
      await this.rebuild(manager);
      return true;
    });
  }

  /** Rebuilds now, in `manager`'s transaction (which must hold the statistics lock), and marks them fresh. */
  async rebuild(manager: EntityManager): Promise<void> {
    await this.repository.clear(manager);
    const until = await this.repository.currentMonth(manager);
    const builders = new Map<string, MonthlyTotalsBuilder>();
    for (const edition of PACT_EDITIONS) {
      const commitments = await this.commitments.ofEdition(edition, manager);
      if (commitments.length === 0) continue;
      const rows = await this.progress.rowsOfCommitments(
        commitments.map((c) => c.id),
        manager,
      );
      const entries = new Map<string, { actionCode: string; status: ProgressStatus; progress: number | null }[]>();
      for (const r of rows) {
        const list = entries.get(r.commitmentId) ?? [];
        list.push({ actionCode: r.actionCode, status: r.status, progress: r.progressOverride });
        entries.set(r.commitmentId, list);
      }
      await this.repository.insertScores(
        commitments.map((c) => ({
          commitmentId: c.id,
          edition,
          collectivityId: c.collectivityId,
          source: c.source,
          committedOn: c.committedOn,
          ...scoreTenthsOf(entries.get(c.id) ?? [], edition),
        })),
        manager,
      );
      builders.set(edition, new MonthlyTotalsBuilder(commitments, edition));
    }
    if (builders.size > 0) {
      for await (const page of this.history.streamEntriesAbout('ActionProgress', manager)) {
        for (const row of page) {
          const event = tryReadHistoryEvent(row);
          if (!event || !isEventOf(event, 'ActionProgressCreated', 'ActionProgressUpdated')) continue;
          const { actionCode, status, progressOverride } = event.payload.after;
          const change = {
            commitmentId: row.ownerId,
            actionCode,
            status,
            progressOverride,
            occurredAt: row.occurredAt,
          };
          for (const builder of builders.values()) builder.add(change);
        }
      }
    }
    for (const [edition, builder] of builders) {
      await this.repository.insertMonths(edition, builder.finish(until), manager);
    }
    await this.repository.setStale(false, manager);
  }
}
