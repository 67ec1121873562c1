import { HistoryEvent, readHistoryEvent } from '@pacte/pact';
import type { DataSource } from 'typeorm';

/** One record's history, read through the event catalogue (every version), oldest first. */
export async function eventsOf(dataSource: DataSource, entityId: string): Promise<HistoryEvent[]> {
  const rows = await dataSource.query(
    `SELECT event, event_version AS "eventVersion", entity_type AS "entityType", action, before, after
       FROM audit_event WHERE entity_id = $1 ORDER BY id`,
    [entityId],
  );
  return rows.map(readHistoryEvent);
}

type Snapshot = Record<string, unknown> | null;

/**
 * Replays a record's history: each entry's `before` must be the previous entry's `after` (no change lost between
 * two entries), and the result is the last `after`. Returns the problems found, empty when the chain of snapshots
 * holds.
 */
export function replay(events: readonly HistoryEvent[]): { last: Snapshot; problems: string[] } {
  const problems: string[] = [];
  let last: Snapshot = null;
  events.forEach((event, i) => {
    const { before, after } = event.payload as { before: Snapshot; after: Snapshot };
    if (i > 0 && JSON.stringify(sorted(before)) !== JSON.stringify(sorted(last))) {
      problems.push(
        `entry ${i + 1} (${event.name}) starts from ${JSON.stringify(before)}, not ${JSON.stringify(last)}`,
      );
    }
    last = after;
  });
  return { last, problems };
}

function sorted(value: Snapshot): Snapshot {
  if (value === null) return null;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
}
