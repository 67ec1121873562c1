import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HistoryEvent, StoredHistoryRow, tryReadHistoryEvent } from '@pacte/pact';
import { DataSource } from 'typeorm';
import { FEED_ENTITY_TYPES, FeedEntityType, FeedEvent } from './feed-event';

/**
 * Which history entries the feeds show: every status change (a first status, or a different one), new evidence,
 * every assessment and every reply. Changes of %, owner or target date alone, milestones, links of existing
 * evidence, roles and commitments stay in the history only. SQL narrows by entity type and action; the rest is
 * decided on the typed event (libs/pact/src/events), never on a JSON path into the payload.
 */
const CANDIDATES = `(e.entity_type IN ('ActionProgress', 'Assessment', 'AssessmentReply')
  OR (e.entity_type = 'Evidence' AND e.action = 'CREATE'))`;

function isShown(event: HistoryEvent): boolean {
  switch (event.name) {
    case 'ActionProgressCreated':
    case 'EvidenceCreated':
    case 'AssessmentCreated':
    case 'AssessmentReplyCreated':
      return true;
    case 'ActionProgressUpdated':
      return event.payload.before.status !== event.payload.after.status;
    default:
      return false;
  }
}

interface Row extends StoredHistoryRow {
  id: string;
  occurred_at: Date;
  collectivity_id: string;
  collectivity_name: string;
  entity_type: FeedEntityType;
  entity_id: string;
}

const SELECT_COLUMNS = `SELECT e.id::text AS id, e.occurred_at, e.collectivity_id, c.name AS collectivity_name,
                               e.entity_type, e.entity_id, e.action, e.before, e.after, e.event,
                               e.entity_type AS "entityType", e.event_version AS "eventVersion"`;
const FROM = `FROM audit_event e JOIN collectivity c ON c.id = e.collectivity_id`;

/** The feed's view of a row, read through the event catalogue; null when it is not shown (or does not read). */
function toEvent(row: Row): FeedEvent | null {
  const event = tryReadHistoryEvent(row);
  if (!event || !isShown(event)) return null;
  const { before, after } = event.payload as { before: object | null; after: object | null };
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    collectivityId: row.collectivity_id,
    collectivityName: row.collectivity_name,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
  };
}

function shown(rows: Row[]): FeedEvent[] {
  return rows.map(toEvent).filter((e): e is FeedEvent => e !== null);
}

/** How many candidate rows a page of `latest` reads: most candidates are shown. */
const PAGE_FACTOR = 4;

/** Reads the append-only history (audit_event) for the feeds and the digests; never writes. */
@Injectable()
export class FeedEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest `limit` entries shown in feeds, of one collectivity or (null) of all, newest first. */
  async latest(collectivityId: string | null, limit: number): Promise<FeedEvent[]> {
    const events: FeedEvent[] = [];
    const pageSize = Math.max(limit * PAGE_FACTOR, 50);
    let beforeId: string | null = null;
    while (events.length < limit) {
      const rows: Row[] = await this.dataSource.query(
        `${SELECT_COLUMNS}
           ${FROM}
          WHERE ($1::uuid IS NULL OR e.collectivity_id = $1::uuid)
            AND e.entity_type = ANY($2::text[])
            AND ${CANDIDATES}
            AND ($4::bigint IS NULL OR e.id < $4::bigint)
          ORDER BY e.id DESC
          LIMIT $3`,
        [collectivityId, [...FEED_ENTITY_TYPES], pageSize, beforeId],
      );
      events.push(...shown(rows));
      if (rows.length < pageSize) break;
      beforeId = rows[rows.length - 1].id;
    }
    return events.slice(0, limit);
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
      `${SELECT_COLUMNS}
         ${FROM}
        WHERE e.collectivity_id = ANY($1::uuid[])
          AND e.occurred_at > $2 AND e.occurred_at <= $3
          AND e.entity_type = ANY($4::text[])
          AND ${CANDIDATES}
        ORDER BY e.id DESC`,
      [[...collectivityIds], since, until, [...FEED_ENTITY_TYPES]],
    );
    // The newest `perCollectivity` shown entries of each collectivity, then oldest first.
    const taken = new Map<string, number>();
    const kept = shown(rows).filter((event) => {
      const count = taken.get(event.collectivityId) ?? 0;
      taken.set(event.collectivityId, count + 1);
      return count < perCollectivity;
    });
    return kept.reverse();
  }
}
