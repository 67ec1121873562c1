import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FEED_ENTITY_TYPES, FeedEntityType, FeedEvent } from './feed-event';

/**
 * Which history entries the feeds show: every status change (a first status, or a different one), new evidence,
 * every assessment and every reply. Changes of %, owner or target date alone, milestones, links of existing
 * evidence, roles and commitments stay in the history only.
 */
const SHOWN = `(
  (e.entity_type = 'ActionProgress' AND (e.before IS NULL OR e.before->>'status' IS DISTINCT FROM e.after->>'status'))
  OR (e.entity_type = 'Evidence' AND e.action = 'CREATE')
  OR e.entity_type IN ('Assessment', 'AssessmentReply')
)`;

interface Row {
  id: string;
  occurred_at: Date;
  collectivity_id: string;
  collectivity_name: string;
  entity_type: FeedEntityType;
  entity_id: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const SELECT_COLUMNS = `SELECT e.id::text AS id, e.occurred_at, e.collectivity_id, c.name AS collectivity_name,
                               e.entity_type, e.entity_id, e.action, e.before, e.after`;
const FROM = `FROM audit_event e JOIN collectivity c ON c.id = e.collectivity_id`;

function toEvent(row: Row): FeedEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    collectivityId: row.collectivity_id,
    collectivityName: row.collectivity_name,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    before: row.before,
    after: row.after,
  };
}

/** Reads the append-only history (audit_event) for the feeds and the digests; never writes. */
@Injectable()
export class FeedEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest `limit` entries shown in feeds, of one collectivity or (null) of all, newest first. */
  async latest(collectivityId: string | null, limit: number): Promise<FeedEvent[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT_COLUMNS}
         ${FROM}
        WHERE ($1::uuid IS NULL OR e.collectivity_id = $1::uuid)
          AND e.entity_type = ANY($2::text[])
          AND ${SHOWN}
        ORDER BY e.id DESC
        LIMIT $3`,
      [collectivityId, [...FEED_ENTITY_TYPES], limit],
    );
    return rows.map(toEvent);
  }

  /**
   * The entries shown in feeds of these collectivities recorded in (since, until], oldest first, at most
   * `perCollectivity` of each (the newest ones).
   */
  async between(
    collectivityIds: readonly string[],
    since: Date,
    until: Date,
    perCollectivity: number,
  ): Promise<FeedEvent[]> {
    if (collectivityIds.length === 0) return [];
    const rows: Row[] = await this.dataSource.query(
      `SELECT id, occurred_at, collectivity_id, collectivity_name, entity_type, entity_id, action, before, after
         FROM (${SELECT_COLUMNS},
                      row_number() OVER (PARTITION BY e.collectivity_id ORDER BY e.id DESC) AS rank
                 ${FROM}
                WHERE e.collectivity_id = ANY($1::uuid[])
                  AND e.occurred_at > $2 AND e.occurred_at <= $3
                  AND e.entity_type = ANY($4::text[])
                  AND ${SHOWN}) ranked
        WHERE rank <= $5
        ORDER BY id::bigint ASC`,
      [[...collectivityIds], since, until, [...FEED_ENTITY_TYPES], perCollectivity],
    );
    return rows.map(toEvent);
  }
}
