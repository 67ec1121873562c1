import { computeScores, ProgressEntry, ProgressStatus, roundScore } from '@pacte/pact';

export interface TimelineCommitment {
  id: string;
  /** YYYY-MM-DD */
  committedOn: string;
}

export interface TimelineEvent {
  commitmentId: string;
  actionCode: string;
  status: ProgressStatus;
  progressOverride: number | null;
  occurredAt: Date;
}

export interface TimelinePoint {
  /** YYYY-MM */
  month: string;
  commitments: number;
  actionsDone: number;
  averageProgress: number | null;
}

const MAX_MONTHS = 120;

function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function endOfMonth(year: number, month: number): Date {
  return new Date(Date.UTC(year, month + 1, 1) - 1);
}

/**
 * National progress month by month, replayed from the append-only history: at the end of each month, the
 * collectivities committed by then, the actions marked done, and their mean overall score. Events must come in the
 * order they happened (history id order).
 */
export function progressTimeline(
  commitments: TimelineCommitment[],
  events: TimelineEvent[],
  edition: string,
  now: Date,
): TimelinePoint[] {
  const firstDates = [
    ...commitments.map((c) => new Date(`${c.committedOn}T00:00:00Z`)),
    ...events.map((e) => e.occurredAt),
  ];
  if (firstDates.length === 0) return [];
  const start = new Date(Math.min(...firstDates.map((d) => d.getTime())));
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  const months: Date[] = [];
  while (endOfMonth(year, month).getTime() <= endOfMonth(now.getUTCFullYear(), now.getUTCMonth()).getTime()) {
    months.push(endOfMonth(year, month));
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  const state = new Map<string, Map<string, ProgressEntry>>();
  let next = 0;
  return months.slice(-MAX_MONTHS).map((end) => {
    while (next < events.length && events[next].occurredAt.getTime() <= end.getTime()) {
      const e = events[next++];
      const entries = state.get(e.commitmentId) ?? new Map<string, ProgressEntry>();
      entries.set(e.actionCode, { actionCode: e.actionCode, status: e.status, progress: e.progressOverride });
      state.set(e.commitmentId, entries);
    }
    const committed = commitments.filter((c) => new Date(`${c.committedOn}T00:00:00Z`).getTime() <= end.getTime());
    let done = 0;
    const overall: number[] = [];
    for (const c of committed) {
      const entries = [...(state.get(c.id)?.values() ?? [])];
      done += entries.filter((x) => x.status === 'DONE').length;
      const score = computeScores(entries, edition).overall;
      if (score !== null) overall.push(score);
    }
    return {
      month: monthKey(end),
      commitments: committed.length,
      actionsDone: done,
      averageProgress: overall.length ? roundScore(overall.reduce((a, b) => a + b, 0) / overall.length) : null,
    };
  });
}
