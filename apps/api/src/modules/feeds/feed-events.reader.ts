import { Injectable } from '@nestjs/common';
import { HistoryEvent, HistoryEventName, tryReadHistoryEvent } from '@pacte/pact';
import { CollectivitiesService } from '../collectivities/collectivities.service';
import { CollectivityHistoryRow, HistoryService } from '../history/history.service';
import { FeedEntityType, FeedEvent } from './feed-event';

/**
 * Which history entries the feeds show: every status change (a first status, or a different one), new evidence,
 * every assessment and every reply. Changes of %, owner or target date alone, milestones, links of existing
 * evidence, roles and commitments stay in the history only. The history selects the entries of these events; the
 * rest is decided on the typed event (libs/pact/src/events), never on a JSON path into the payload.
 */
const CANDIDATE_EVENTS = [
  'ActionProgressCreated',
  'ActionProgressUpdated',
  'EvidenceCreated',
  'AssessmentCreated',
  'AssessmentReplyCreated',
] as const satisfies readonly HistoryEventName[];

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

/** How many candidate entries a page of `latest` reads: most candidates are shown. */
const PAGE_FACTOR = 4;

/**
 * The feeds' view of the history: entries read from the history module (`HistoryService.entriesOfEvents`) through
 * the event catalogue, with their collectivity's name and permalink (kind, code) from the collectivities module. Never writes.
 */
@Injectable()
export class FeedEventsReader {
  constructor(
    private readonly history: HistoryService,
    private readonly collectivities: CollectivitiesService,
  ) {}

  /** The newest `limit` entries shown in feeds, of one collectivity or (null) of all, newest first. */
  async latest(collectivityId: string | null, limit: number): Promise<FeedEvent[]> {
    const shown: Shown[] = [];
    const pageSize = Math.max(limit * PAGE_FACTOR, 50);
    let beforeId: string | null = null;
    while (shown.length < limit) {
      const rows = await this.history.entriesOfEvents({
        events: CANDIDATE_EVENTS,
        collectivityIds: collectivityId === null ? null : [collectivityId],
        beforeId,
        limit: pageSize,
      });
      shown.push(...shownOf(rows));
      if (rows.length < pageSize) break;
      beforeId = rows[rows.length - 1].id;
    }
    return this.named(shown.slice(0, limit));
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
    const rows = await this.history.entriesOfEvents({ events: CANDIDATE_EVENTS, collectivityIds, since, until });
    // The newest `perCollectivity` shown entries of each collectivity, then oldest first.
    const taken = new Map<string, number>();
    const kept = shownOf(rows).filter(({ row }) => {
      const count = taken.get(row.collectivityId) ?? 0;
      taken.set(row.collectivityId, count + 1);
      return count < perCollectivity;
    });
    return this.named(kept.reverse());
  }

  /** The feed events, with the name of each one's collectivity (asked once for all). */
  private async named(shown: readonly Shown[]): Promise<FeedEvent[]> {
    const ids = [...new Set(shown.map(({ row }) => row.collectivityId))];
    const places = new Map((await this.collectivities.findByIds(ids)).map((c) => [c.id, c]));
    return shown.flatMap(({ row, event }) => {
      const collectivity = places.get(row.collectivityId);
      if (collectivity === undefined) return [];
      const { before, after } = event.payload as { before: object | null; after: object | null };
      return [
        {
          id: row.id,
          occurredAt: new Date(row.occurredAt),
          collectivityId: row.collectivityId,
          collectivityName: collectivity.name,
          collectivityKind: collectivity.kind,
          collectivityCode: collectivity.code,
          entityType: row.entityType as FeedEntityType,
          entityId: row.entityId,
          action: row.action,
          before: before as Record<string, unknown> | null,
          after: after as Record<string, unknown> | null,
        },
      ];
    });
  }
}

interface Shown {
  row: CollectivityHistoryRow;
  event: HistoryEvent;
}

/** The rows the feeds show, each with its typed event; a row that does not read as its event is skipped. */
function shownOf(rows: readonly CollectivityHistoryRow[]): Shown[] {
  return rows.flatMap((row) => {
    const event = tryReadHistoryEvent(row);
    return event && isShown(event) ? [{ row, event }] : [];
  });
}
