import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StoredHistoryRow } from '@pacte/pact';
import type { Writable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { readPool } from '../../database/read-route';
import { AuditEventEntity } from './audit-event.entity';
import { ChainEntry, GENESIS_HASH, chainEntry } from './chain';
import { writeHistoryExport } from './history-export';

/** What a caller records; the repository adds the id, the time and the links of the chain. */
export type NewAuditEvent = Pick<
  AuditEventEntity,
  'actorId' | 'actorLabel' | 'collectivityId' | 'entityType' | 'entityId' | 'action' | 'before' | 'after'
> &
  Partial<Pick<AuditEventEntity, 'event' | 'eventVersion'>>;

/**
 * The key of the transaction-scoped advisory lock that serializes appends, so that two transactions never link
 * their entries to the same predecessor (the unique index on prev_hash would refuse the second one anyway).
 */
export const HISTORY_CHAIN_LOCK_KEY = '7305812601100001';

const EXPORT_PAGE_SIZE = 1000;

interface ChainRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_label: string;
  collectivity_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: ChainEntry['before'];
  after: ChainEntry['after'];
  prev_hash: string;
  hash: string;
  event: string | null;
  event_version: number | null;
}

/** A stored entry, as the event readers of libs/pact read it, with the record it is about and when it happened. */
export type OwnedHistoryRow = StoredHistoryRow & { ownerId: string; occurredAt: Date };

/** A stored entry about a collectivity's record, as the event readers of libs/pact read it. */
export type CollectivityHistoryRow = StoredHistoryRow & {
  id: string;
  occurredAt: Date;
  collectivityId: string;
  entityId: string;
};

/** Which entries {@link HistoryRepository.entriesOf} reads: stored as one of `kinds`, about these collectivities. */
export interface HistoryEntryQuery {
  /** `entity_type` / `action` pairs: the columns an event of the catalogue is stored under. */
  kinds: readonly { entityType: string; action: string }[];
  /** Null: every collectivity's. */
  collectivityIds: readonly string[] | null;
  /** Recorded in (since, until] when given. */
  since?: Date | null;
  until?: Date | null;
  /** Only entries older than this id (paging backwards). */
  beforeId?: string | null;
  /** At most this many, newest first; none: all. */
  limit?: number | null;
}

@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one entry at the end of the chain; there is no update or delete method, and the database refuses both.
   *
   * The id and the time are hashed, so they are taken before the row is written (the row cannot be updated after):
   * under the chain lock, the next id comes from the sequence, the time from the database clock, the previous hash
   * from the last row; the hash is computed here, with the same code that verifies it, and the row is inserted once.
   * The lock is held until the caller's transaction ends, so entries are linked, and committed, in id order.
   * Reads need READ COMMITTED (the default): the last row is read after the lock is granted.
   */
  async append(manager: EntityManager, event: NewAuditEvent): Promise<ChainEntry> {
    if (!manager.queryRunner?.isTransactionActive) return manager.transaction((inner) => this.append(inner, event));
    await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [HISTORY_CHAIN_LOCK_KEY]);
    const [next]: { id: string; occurred_at: Date; prev_hash: string | null }[] = await manager.query(
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))::text AS id,
              date_trunc('milliseconds', clock_timestamp()) AS occurred_at,
              (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1) AS prev_hash`,
    );
    const entry = chainEntry(next.prev_hash ?? GENESIS_HASH, {
      id: next.id,
      occurred_at: next.occurred_at.toISOString(),
      actor_id: event.actorId,
      actor_label: event.actorLabel,
      // The database returns uuids in lowercase: hash what it will give back.
      collectivity_id: event.collectivityId?.toLowerCase() ?? null,
      entity_type: event.entityType,
      entity_id: event.entityId,
      action: event.action,
      before: event.before as ChainEntry['before'],
      after: event.after as ChainEntry['after'],
      ...(event.event ? { event: event.event, event_version: event.eventVersion ?? 1 } : {}),
    });
    await manager.query(
      `INSERT INTO audit_event (id, occurred_at, actor_id, actor_label, collectivity_id, entity_type, entity_id,
                                action, before, after, prev_hash, hash, event, event_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13, $14)`,
      [
        entry.id,
        entry.occurred_at,
        entry.actor_id,
        entry.actor_label,
        entry.collectivity_id,
        entry.entity_type,
        entry.entity_id,
        entry.action,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
        entry.prev_hash,
        entry.hash,
        entry.event ?? null,
        entry.event_version ?? null,
      ],
    );
    return entry;
  }

  /**
   * Every stored entry about records of `entityType`, oldest first, page by page on the primary key (memory stays
   * bounded, whatever the size of the history), with the owner of each record (an action's progress is
   * "<commitmentId>:<actionCode>"). For maintenance (rebuilding an aggregate), never for a public read. Read with the
   * caller's `manager` when it holds a transaction: on the embedded PostgreSQL, another connection would wait for it forever.
   */
  async *streamEntriesAbout(
    entityType: string,
    manager: EntityManager = this.dataSource.manager,
    pageSize = EXPORT_PAGE_SIZE * 5,
  ): AsyncGenerator<OwnedHistoryRow[]> {
    let afterId = '0';
    for (;;) {
      const rows: (OwnedHistoryRow & { id: string })[] = await manager.query(
        `SELECT id::text AS id, split_part(entity_id, ':', 1) AS "ownerId", occurred_at AS "occurredAt", event,
                event_version AS "eventVersion", entity_type AS "entityType", action, before, after
           FROM audit_event
          WHERE entity_type = $1 AND id > $2::bigint
          ORDER BY audit_event.id
          LIMIT $3`,
        [entityType, afterId, pageSize],
      );
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
      afterId = rows[rows.length - 1].id;
    }
  }

  /**
   * Entries about collectivities' records stored as one of `kinds`, newest first: the rows the feeds and the digest
   * read through the event catalogue (never by JSON path). Selected by columns only: `(collectivity_id, id)` is indexed.
   */
  entriesOf(query: HistoryEntryQuery): Promise<CollectivityHistoryRow[]> {
    return this.dataSource.query(
      `SELECT e.id::text AS id, e.occurred_at AS "occurredAt", e.collectivity_id AS "collectivityId",
              e.entity_type AS "entityType", e.entity_id AS "entityId", e.action, e.before, e.after, e.event,
              e.event_version AS "eventVersion"
         FROM audit_event e
        WHERE e.collectivity_id IS NOT NULL
          AND ($1::uuid[] IS NULL OR e.collectivity_id = ANY($1::uuid[]))
          AND e.entity_type = ANY($2::text[])
          AND (e.entity_type, e.action) IN (SELECT * FROM unnest($2::text[], $3::text[]))
          AND ($4::timestamptz IS NULL OR e.occurred_at > $4::timestamptz)
          AND ($5::timestamptz IS NULL OR e.occurred_at <= $5::timestamptz)
          AND ($6::bigint IS NULL OR e.id < $6::bigint)
        ORDER BY e.id DESC
        LIMIT $7`,
      [
        query.collectivityIds === null ? null : [...query.collectivityIds],
        query.kinds.map((k) => k.entityType),
        query.kinds.map((k) => k.action),
        query.since ?? null,
        query.until ?? null,
        query.beforeId ?? null,
        query.limit ?? null,
      ],
    );
  }

  /** Newest first; `beforeId` pages backwards through the history. */
  listForCollectivity(collectivityId: string, limit: number, beforeId: string | null): Promise<AuditEventEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.collectivity_id = :collectivityId', { collectivityId });
    if (beforeId) qb.andWhere('e.id < :beforeId', { beforeId });
    return qb.orderBy('e.id', 'DESC').limit(limit).getMany();
  }

  /**
   * The public export (one collectivity's entries when given) as JSON Lines, the bytes of `toJsonLine` for each
   * entry in id order, written by PostgreSQL with `COPY … TO STDOUT` to `destination` with back-pressure
   * (history-export.ts, copy-out.ts: `destination` must be done with a chunk when it calls its write back). Resolves
   * with the number of entries once all are written; `destination` is left open.
   */
  exportTo(destination: Writable, collectivityId: string | null = null): Promise<number> {
    // The replica's pool for an anonymous export when there is one (read-route.ts), chosen now, in the request.
    return writeHistoryExport(readPool(this.dataSource), collectivityId, destination);
  }

  /**
   * The chain in id order (one collectivity's entries when given), read page by page on the primary key, so memory
   * stays bounded and no connection is held while the consumer is slow. Entries appended meanwhile are included:
   * they only ever come at the end.
   */
  async *streamChain(collectivityId: string | null = null, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ChainEntry> {
    let afterId = '0';
    for (;;) {
      const rows: ChainRow[] = await this.dataSource.query(
        // ORDER BY e.id, the bigint: "id" alone would be the text output column, and sort 10 before 9.
        `SELECT e.id::text AS id, e.occurred_at, e.actor_id, e.actor_label, e.collectivity_id, e.entity_type,
                e.entity_id, e.action, e.before, e.after, e.prev_hash, e.hash, e.event, e.event_version
           FROM audit_event e
          WHERE e.id > $1::bigint AND ($2::uuid IS NULL OR e.collectivity_id = $2::uuid)
          ORDER BY e.id
          LIMIT $3`,
        [afterId, collectivityId, pageSize],
      );
      for (const row of rows) yield toChainEntry(row);
      if (rows.length < pageSize) return;
      afterId = rows[rows.length - 1].id;
    }
  }
}

function toChainEntry(row: ChainRow): ChainEntry {
  return {
    id: row.id,
    occurred_at: row.occurred_at.toISOString(),
    actor_id: row.actor_id,
    actor_label: row.actor_label,
    collectivity_id: row.collectivity_id,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    action: row.action,
    before: row.before,
    after: row.after,
    // Only entries that hashed their event carry it: older lines stay exactly as they were hashed.
    ...(row.event !== null ? { event: row.event, event_version: row.event_version ?? 1 } : {}),
    prev_hash: row.prev_hash,
    hash: row.hash,
  };
}
