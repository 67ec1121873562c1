import { ProgressEntry, computeScores, isEventOf, meanOfScores, tryReadHistoryEvent } from '@pacte/pact';
import type { DataSource } from 'typeorm';

/**
 * The national timeline replayed from the history, the way the product computed it before it kept aggregates: a
 * test oracle only (the product never replays the history on a read). At the end of each month: the collectivities
 * committed by then, the actions marked done, and their mean overall score.
 */
export async function replayTimeline(dataSource: DataSource, edition: string, now: Date) {
  const commitments: { id: string; committedOn: string }[] = await dataSource.query(
    `SELECT id, to_char(committed_on, 'YYYY-MM-DD') AS "committedOn" FROM commitment WHERE edition = $1`,
    [edition],
  );
  const rows = await dataSource.query(
    `SELECT split_part(entity_id, ':', 1) AS "ownerId", occurred_at AS "occurredAt", event,
            event_version AS "eventVersion", entity_type AS "entityType", action, before, after
       FROM audit_event WHERE entity_type = 'ActionProgress' ORDER BY id`,
  );
  const ids = new Set(commitments.map((c) => c.id));
  const events: { commitmentId: string; entry: ProgressEntry; at: number }[] = [];
  for (const row of rows) {
    const event = tryReadHistoryEvent(row);
    if (!event || !isEventOf(event, 'ActionProgressCreated', 'ActionProgressUpdated')) continue;
    if (!ids.has(row.ownerId)) continue;
    const { actionCode, status, progressOverride } = event.payload.after;
    events.push({
      commitmentId: row.ownerId,
      entry: { actionCode, status, progress: progressOverride },
      at: new Date(row.occurredAt).getTime(),
    });
  }
  const committedAt = (c: { committedOn: string }) => new Date(`${c.committedOn}T00:00:00Z`).getTime();
  let start = Infinity;
  for (const c of commitments) start = Math.min(start, committedAt(c));
  for (const e of events) start = Math.min(start, e.at);
  if (start === Infinity) return [];
  const ends: Date[] = [];
  const first = new Date(start);
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m += 1) {
    const end = new Date(Date.UTC(y, m + 1, 1) - 1);
    if (end.getTime() > new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1).getTime()) break;
    ends.push(end);
  }
  const state = new Map<string, Map<string, ProgressEntry>>();
  let next = 0;
  return ends.slice(-120).map((end) => {
    while (next < events.length && events[next].at <= end.getTime()) {
      const e = events[next++];
      const entries = state.get(e.commitmentId) ?? new Map<string, ProgressEntry>();
      entries.set(e.entry.actionCode, e.entry);
      state.set(e.commitmentId, entries);
    }
    const committed = commitments.filter((c) => committedAt(c) <= end.getTime());
    let actionsDone = 0;
    const overall: (number | null)[] = [];
    for (const c of committed) {
      const entries = [...(state.get(c.id)?.values() ?? [])];
      actionsDone += entries.filter((x) => x.status === 'DONE').length;
      overall.push(computeScores(entries, edition).overall);
    }
    return {
      month: end.toISOString().slice(0, 7),
      commitments: committed.length,
      actionsDone,
      averageProgress: meanOfScores(overall),
    };
  });
}
