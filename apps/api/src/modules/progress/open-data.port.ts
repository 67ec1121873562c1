import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface MilestoneRow {
  id: string;
  commitmentId: string;
  actionCode: string;
  title: string;
  description: string | null;
  date: string;
  reached: boolean;
  updatedAt: Date;
}

const PAGE = 1000;

/** Read port of the milestones for the open-data exports, streamed by pages in id order. */
@Injectable()
export class ProgressOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async *milestones(
    commitmentIds: readonly string[],
    filter: { action?: string; since?: string; until?: string },
  ): AsyncGenerator<MilestoneRow> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: MilestoneRow[] = await this.dataSource.query(
        `SELECT id, commitment_id AS "commitmentId", action_code AS "actionCode", title, description,
                to_char(date, 'YYYY-MM-DD') AS date, reached, updated_at AS "updatedAt"
           FROM milestone
          WHERE id > $1 AND commitment_id = ANY($2::uuid[]) AND ($3::text IS NULL OR action_code = $3)
            AND ($4::date IS NULL OR date >= $4) AND ($5::date IS NULL OR date <= $5)
          ORDER BY id LIMIT $6`,
        [after, commitmentIds, filter.action ?? null, filter.since ?? null, filter.until ?? null, PAGE],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }
}
