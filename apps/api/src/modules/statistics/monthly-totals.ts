import { ProgressEntry, ProgressStatus, computeScores, meanFromTenths, scoreTenths } from '@pacte/pact';

/** What the aggregates keep of a commitment's scores (tenths of a percent). */
export interface ScoreTenths {
  overallTenths: number | null;
  sectionTenths: (number | null)[];
  actionsDone: number;
}

/** A commitment's scores from its progress entries (a missing action is NOT_STARTED). */
export function scoreTenthsOf(entries: readonly ProgressEntry[], edition: string): ScoreTenths {
  const scores = computeScores(entries, edition);
  return {
    overallTenths: scores.overall === null ? null : scoreTenths(scores.overall),
    sectionTenths: scores.sections.map((s) => (s.score === null ? null : scoreTenths(s.score))),
    actionsDone: scores.counts.DONE,
  };
}

/** National figures at the end of a month (a row of statistics_month). */
export interface MonthTotals {
  /** YYYY-MM */
  month: string;
  commitments: number;
  actionsDone: number;
  scored: number;
  overallTenthsSum: number;
}

export interface TimelinePoint {
  month: string;
  commitments: number;
  actionsDone: number;
  averageProgress: number | null;
}

/** A recorded progress change (events ActionProgressCreated / ActionProgressUpdated), in history order. */
export interface ProgressChange {
  commitmentId: string;
  actionCode: string;
  status: ProgressStatus;
  progressOverride: number | null;
  occurredAt: Date;
}

export const MAX_TIMELINE_MONTHS = 120;

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The timeline as the dashboard shows it, from the kept month rows (in month order): every month from the first row
 * to `currentMonth`, a month without a row carrying the figures of the one before; rows after `currentMonth` (a
 * commitment dated in the future) are not shown yet. At most the last {@link MAX_TIMELINE_MONTHS} months.
 */
export function timelineFromMonths(rows: readonly MonthTotals[], currentMonth: string): TimelinePoint[] {
  const shown = rows.filter((r) => r.month <= currentMonth);
  if (shown.length === 0) return [];
  const points: TimelinePoint[] = [];
  let index = 0;
  let last: MonthTotals | null = null;
  for (let month = shown[0].month; month <= currentMonth; month = nextMonth(month)) {
    if (index < shown.length && shown[index].month === month) last = shown[index++];
    points.push({
      month,
      commitments: last!.commitments,
      actionsDone: last!.actionsDone,
      averageProgress: meanFromTenths(last!.overallTenthsSum, last!.scored),
    });
  }
  return points.slice(-MAX_TIMELINE_MONTHS);
}

/**
 * Builds the month rows of one edition from its commitments and its recorded progress changes, fed in history order
 * one by one (memory holds the commitments' current entries, not the history): used to rebuild the aggregates, never
 * on a read. A commitment counts from the month of `committedOn`, with the state its changes give it by then.
 */
export class MonthlyTotalsBuilder {
  private readonly entries = new Map<string, Map<string, ProgressEntry>>();
  private readonly scores = new Map<string, ScoreTenths>();
  private readonly queue: { id: string; month: string }[];
  private readonly admitted = new Set<string>();
  private nextToAdmit = 0;
  private month: string | null = null;
  private readonly totals = { commitments: 0, actionsDone: 0, scored: 0, overallTenthsSum: 0 };
  private readonly rows: MonthTotals[] = [];

  constructor(
    commitments: readonly { id: string; committedOn: string }[],
    private readonly edition: string,
  ) {
    const empty = scoreTenthsOf([], edition);
    this.queue = commitments
      .map((c) => ({ id: c.id, month: c.committedOn.slice(0, 7) }))
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
    for (const c of commitments) this.scores.set(c.id, empty);
  }

  /** One change, in history order; a change about a commitment of another edition is ignored. */
  add(change: ProgressChange): void {
    const previous = this.scores.get(change.commitmentId);
    if (!previous) return;
    this.advanceTo(monthOf(change.occurredAt));
    const entries = this.entries.get(change.commitmentId) ?? new Map<string, ProgressEntry>();
    entries.set(change.actionCode, {
      actionCode: change.actionCode,
      status: change.status,
      progress: change.progressOverride,
    });
    this.entries.set(change.commitmentId, entries);
    const next = scoreTenthsOf([...entries.values()], this.edition);
    this.scores.set(change.commitmentId, next);
    if (this.admitted.has(change.commitmentId)) {
      this.count(previous, -1);
      this.count(next, 1);
    }
  }

  /** The rows from the first month through `until` (or the last commitment's month, if later). */
  finish(until: string): MonthTotals[] {
    if (this.month === null && this.queue.length === 0) return [];
    const lastCommitted = this.queue.at(-1)?.month ?? until;
    this.advanceTo(lastCommitted > until ? lastCommitted : until);
    this.rows.push({ month: this.month!, ...this.totals });
    this.month = null;
    return this.rows;
  }

  private advanceTo(month: string): void {
    if (this.month === null) {
      const first = this.queue[0]?.month;
      this.month = first !== undefined && first < month ? first : month;
      this.admit();
    }
    while (this.month < month) {
      this.rows.push({ month: this.month, ...this.totals });
      this.month = nextMonth(this.month);
      this.admit();
    }
  }

  private admit(): void {
    while (this.nextToAdmit < this.queue.length && this.queue[this.nextToAdmit].month <= this.month!) {
      const { id } = this.queue[this.nextToAdmit++];
      this.admitted.add(id);
      this.totals.commitments += 1;
      this.count(this.scores.get(id)!, 1);
    }
  }

  private count(score: ScoreTenths, sign: 1 | -1): void {
    this.totals.actionsDone += sign * score.actionsDone;
    if (score.overallTenths !== null) {
      this.totals.scored += sign;
      this.totals.overallTenthsSum += sign * score.overallTenths;
    }
  }
}
