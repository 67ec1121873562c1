import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One public history entry, as the JSON Lines export gives it. */
export interface HistoryRow {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  collectivityId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  event: string | null;
  eventVersion: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

const PAGE = 1000;

/** Read port of the history for the open-data exports: pages in id order, so memory stays flat whatever its size. */
@Injectable()
export class HistoryOpenDataPort {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Entries of these collectivities (null: all), on days (Europe/Paris) from `since` to `until` inclusive. */
  async *entries(
    collectivityIds: readonly string[] | null,
    filter: { since?: string; until?: string } = {},
  ): AsyncGenerator<HistoryRow> {
    let after = '0';
    for (;;) {
      const rows: HistoryRow[] = await this.dataSource.query(
        `SELECT e.id::text AS id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", e.actor_label AS "actorLabel",
                e.collectivity_id AS "collectivityId", e.entity_type AS "entityType", e.entity_id AS "entityId",
                e.action, e.event, e.event_version AS "eventVersion", e.before, e.after, e.prev_hash AS "prevHash",
                e.hash
           FROM audit_event e
          WHERE e.id > $1::bigint AND ($2::uuid[] IS NULL OR e.collectivity_id = ANY($2::uuid[]))
            AND ($3::date IS NULL OR e.occurred_at >= ($3::date)::timestamp AT TIME ZONE 'Europe/Paris')
            AND ($4::date IS NULL OR e.occurred_at < ($4::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
          ORDER BY e.id LIMIT $5`,
        [after, collectivityIds, filter.since ?? null, filter.until ?? null, PAGE],
      );
      yield* rows;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }
}
