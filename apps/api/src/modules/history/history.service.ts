import { Injectable } from '@nestjs/common';
import { EventType, HISTORY_EVENTS, HistoryEventName, NewHistoryEvent } from '@pacte/pact';
import type { Writable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { actorReference } from './actor-reference';
import { AuditEventEntity } from './audit-event.entity';
import type { ChainEntry } from './chain';
import { HistoryRepository, type CollectivityHistoryRow, type OwnedHistoryRow } from './history.repository';

export type { CollectivityHistoryRow, OwnedHistoryRow };

/** Which entries {@link HistoryService.entriesOfEvents} reads. */
export interface EventEntryQuery {
  /** The events of the catalogue to read (in any stored version, or written before entries named their event). */
  events: readonly HistoryEventName[];
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

/** One typed event of the catalogue (libs/pact/src/events), with the record it is about. */
export type RecordedEvent = NewHistoryEvent & {
  collectivityId: string | null;
  entityId: string;
};

@Injectable()
export class HistoryService {
  constructor(private readonly repository: HistoryRepository) {}

  /**
   * Records one event, inside the caller's transaction so the change and its history land together. Call it last in
   * the transaction: it takes the chain lock, held until the transaction ends. Prefer {@link UnitOfWork}, which
   * does both. The payload is checked against the event's current schema (and stripped to it), so no untyped or
   * unexpected field reaches the permanent history.
   */
  record(manager: EntityManager, actor: Actor, recorded: RecordedEvent): Promise<ChainEntry> {
    const type = HISTORY_EVENTS[recorded.name] as EventType<
      HistoryEventName,
      { before: object | null; after: object | null }
    >;
    const payload = type.parse(type.version, toJson(recorded.payload));
    return this.repository.append(manager, {
      ...actorReference(actor, recorded.collectivityId),
      collectivityId: recorded.collectivityId,
      entityType: type.entityType,
      entityId: recorded.entityId,
      action: type.action,
      before: payload.before as Record<string, unknown> | null,
      after: payload.after as Record<string, unknown> | null,
      event: type.name,
      eventVersion: type.version,
    });
  }

  /**
   * The entries about records of `entityType` (with the record's owner: an action's progress belongs to its
   * commitment), oldest first, in pages: read them with the event catalogue's readers (`tryReadHistoryEvent`), never
   * by JSON path. For rebuilding an aggregate; a public read never replays the history.
   */
  streamEntriesAbout(entityType: string, manager?: EntityManager): AsyncGenerator<OwnedHistoryRow[]> {
    return this.repository.streamEntriesAbout(entityType, manager);
  }

  /**
   * The stored entries of these events about collectivities' records, newest first, selected by the columns each
   * event is stored under (`entity_type`, `action`): read each with the event catalogue's readers
   * (`tryReadHistoryEvent`), never by JSON path. For the feeds and the digest.
   */
  entriesOfEvents(query: EventEntryQuery): Promise<CollectivityHistoryRow[]> {
    const { events, ...rest } = query;
    const kinds = [...new Set(events)].map((name) => ({
      entityType: HISTORY_EVENTS[name].entityType,
      action: HISTORY_EVENTS[name].action,
    }));
    return kinds.length === 0 ? Promise.resolve([]) : this.repository.entriesOf({ kinds, ...rest });
  }

  listForCollectivity(collectivityId: string, first: number, before: string | null): Promise<AuditEventEntity[]> {
    return this.repository.listForCollectivity(collectivityId, first, before);
  }

  /** The public export, JSON Lines in id order (optionally one collectivity's entries), streamed by the database. */
  exportTo(destination: Writable, collectivityId: string | null): Promise<number> {
    return this.repository.exportTo(destination, collectivityId);
  }

  /** The chain in id order, optionally one collectivity's entries, as entries. */
  streamChain(collectivityId: string | null): AsyncGenerator<ChainEntry> {
    return this.repository.streamChain(collectivityId);
  }
}

/** Plain JSON, with dates as ISO strings. */
function toJson(value: object): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The history writer outside Nest (command-line tools such as personal-data): the same one the app injects. */
export function historyServiceFor(dataSource: DataSource): HistoryService {
  return new HistoryService(new HistoryRepository(dataSource));
}
