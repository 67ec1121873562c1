import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CURRENT_MONTH_SQL } from '../data-version/data-version.service';
import type { MonthTotals, ScoreTenths } from './monthly-totals';
import { StatisticsCommitmentEntity, StatisticsMonthEntity, StatisticsStateEntity } from './statistics.entities';

/**
 * The key of the transaction-scoped advisory lock that serializes changes to the statistics aggregates (a write's
 * projection, a rebuild), so two transactions never carry a month forward from figures the other is changing.
 */
export const STATISTICS_LOCK_KEY = '7305812601100002';

/** The difference a change makes to the national figures. */
export interface TotalsDelta {
  commitments: number;
  actionsDone: number;
  scored: number;
  overallTenthsSum: number;
}

export type StatisticsCommitmentRow = Readonly<StatisticsCommitmentEntity>;

@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lock(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [STATISTICS_LOCK_KEY]);
  }

  /** The current month (YYYY-MM, UTC) by the database clock, as the history dates its entries. */
  async currentMonth(manager?: EntityManager): Promise<string> {
    const [row]: { month: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT ${CURRENT_MONTH_SQL} AS month`,
    );
    return row.month;
  }

  scoresOfEdition(edition: string): Promise<StatisticsCommitmentRow[]> {
    return this.dataSource.getRepository(StatisticsCommitmentEntity).findBy({ edition });
  }

  /** The stored scores of a commitment, outside any transaction (a badge, a page's head). */
  scoreOf(commitmentId: string): Promise<StatisticsCommitmentRow | null> {
    return this.dataSource.getRepository(StatisticsCommitmentEntity).findOneBy({ commitmentId });
  }

  findScore(commitmentId: string, manager: EntityManager): Promise<StatisticsCommitmentEntity | null> {
    return manager.getRepository(StatisticsCommitmentEntity).findOneBy({ commitmentId });
  }

  async saveScore(row: StatisticsCommitmentEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(StatisticsCommitmentEntity).upsert(row, ['commitmentId']);
  }

  async deleteScore(commitmentId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(StatisticsCommitmentEntity).delete({ commitmentId });
  }

  /** Inserts many scores at once (a rebuild). */
  async insertScores(rows: StatisticsCommitmentEntity[], manager: EntityManager): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000) {
      await manager.getRepository(StatisticsCommitmentEntity).insert(rows.slice(i, i + 1000));
    }
  }

  async monthsOf(edition: string): Promise<MonthTotals[]> {
    const rows = await this.dataSource
      .getRepository(StatisticsMonthEntity)
      .find({ where: { edition }, order: { month: 'ASC' } });
    return rows.map((r) => ({
      month: r.month,
      commitments: r.commitments,
      actionsDone: r.actionsDone,
      scored: r.scored,
      overallTenthsSum: Number(r.overallTenthsSum),
    }));
  }

  async insertMonths(edition: string, rows: readonly MonthTotals[], manager: EntityManager): Promise<void> {
    const entities = rows.map((r) => ({ edition, ...r, overallTenthsSum: String(r.overallTenthsSum) }));
    for (let i = 0; i < entities.length; i += 1000) {
      await manager.getRepository(StatisticsMonthEntity).insert(entities.slice(i, i + 1000));
    }
  }

  /** Gives `month` its row, carrying the figures of the month before it (or zeros) when it has none yet. */
  async ensureMonth(edition: string, month: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO statistics_month (edition, month, commitments, actions_done, scored, overall_tenths_sum)
       SELECT $1, $2, coalesce(p.commitments, 0), coalesce(p.actions_done, 0), coalesce(p.scored, 0),
              coalesce(p.overall_tenths_sum, 0)
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (SELECT * FROM statistics_month
                             WHERE edition = $1 AND month < $2 ORDER BY month DESC LIMIT 1) AS p ON true
       ON CONFLICT (edition, month) DO NOTHING`,
      [edition, month],
    );
  }

  /** Adds `delta` to the figures of `month` and of every later month. */
  async addFrom(edition: string, month: string, delta: TotalsDelta, manager: EntityManager): Promise<void> {
    await this.ensureMonth(edition, month, manager);
    await manager.query(
      `UPDATE statistics_month
          SET commitments = commitments + $3, actions_done = actions_done + $4, scored = scored + $5,
              overall_tenths_sum = overall_tenths_sum + $6
        WHERE edition = $1 AND month >= $2`,
      [edition, month, delta.commitments, delta.actionsDone, delta.scored, delta.overallTenthsSum],
    );
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM statistics_commitment');
    await manager.query('DELETE FROM statistics_month');
  }

  async isStale(manager: EntityManager): Promise<boolean> {
    const row = await manager.getRepository(StatisticsStateEntity).findOneBy({ id: 1 });
    return row?.stale ?? true;
  }

  async setStale(stale: boolean, manager: EntityManager): Promise<void> {
    await manager.getRepository(StatisticsStateEntity).upsert({ id: 1, stale }, ['id']);
  }
}

export function deltaBetween(previous: ScoreTenths | null, next: ScoreTenths): TotalsDelta {
  const part = (s: ScoreTenths | null) => ({
    actionsDone: s?.actionsDone ?? 0,
    scored: s && s.overallTenths !== null ? 1 : 0,
    overallTenthsSum: s?.overallTenths ?? 0,
  });
  const a = part(previous);
  const b = part(next);
  return {
    commitments: previous ? 0 : 1,
    actionsDone: b.actionsDone - a.actionsDone,
    scored: b.scored - a.scored,
    overallTenthsSum: b.overallTenthsSum - a.overallTenthsSum,
  };
}
