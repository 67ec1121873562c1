import { DateInput, addFractionalMonths, monthsBetween, toIsoDate, toUtcDate } from './dates';
import { isValidProgress } from './scoring';

/** The day the 2026 municipal mandates start: the second round of the elections. */
export const MANDATE_START_DATE = '2026-03-22';
/** The default end of the 2026 municipal mandates (next elections expected in March 2032). */
export const MANDATE_END_DATE = '2032-03-31';

export interface MandatePaceInput {
  /** Start of the clock; defaults to MANDATE_START_DATE. A collectivity that adopted the pact later may pass that date. */
  startDate?: DateInput;
  /** End of the clock; defaults to MANDATE_END_DATE. */
  endDate?: DateInput;
  /** The day to read the clock at. Required, so that the function stays pure. */
  today: DateInput;
  /** The overall self-declared score (0–100), as from `computeScores(...).overall`; null when nothing counts. */
  overall: number | null;
  /**
   * The overall score when the clock started (at commitment, 0–100): the pace counts only what was done since, so
   * work done before the mandate does not inflate it. Defaults to 0 (nothing done before); null is taken as 0.
   */
  startOverall?: number | null;
}

/**
 * What the clock says, in one word, so that a page cannot say "on track" beside a projection of "never":
 * - `TOO_EARLY`: no time has passed since the start, there is no pace yet;
 * - `COMPLETE`: the overall score is 100;
 * - `ON_TRACK`: at the pace since the start, 100 is reached on or before the end (a projected date exists);
 * - `BEHIND`: at that pace, 100 is reached after the end (a projected date exists);
 * - `STALLED`: no progress since the start (pace 0 or less), so no projected date: never at this pace;
 * - `UNKNOWN`: no action counts (overall is null).
 */
export type MandateClockStatus = 'TOO_EARLY' | 'COMPLETE' | 'ON_TRACK' | 'BEHIND' | 'STALLED' | 'UNKNOWN';

export interface MandatePace {
  /** Months from start to end of the mandate, 1 decimal. */
  monthsTotal: number;
  /** Months from the start to today, 1 decimal; 0 before the start, monthsTotal after the end. */
  monthsElapsed: number;
  /** monthsTotal − monthsElapsed, 1 decimal; 0 after the end. */
  monthsLeft: number;
  /** The score the pace starts from (`startOverall`, 0 by default). */
  startOverall: number;
  /** Where a steady pace from `startOverall` at the start to 100 at the end would be today, in percent, 1 decimal. */
  expectedProgress: number;
  /** Points of overall score gained per month since the start (over `startOverall`), 2 decimals; null before any
   * time has passed. */
  pace: number | null;
  /** Points per month needed from today to reach 100 at the end, 2 decimals; null when no time is left. */
  requiredPace: number | null;
  /**
   * The day 100 would be reached, going on from today at the pace since the start ('YYYY-MM-DD'); today when it is
   * already 100; null when there is no pace yet, when it is 0 or less ("never"), or when overall is null.
   */
  projectedCompletionDate: string | null;
  /**
   * Whether the projected completion falls on or before the end (the same as overall ≥ expectedProgress once time
   * has passed); null when no time has passed or overall is null. Never true without a projected date.
   */
  onTrack: boolean | null;
  status: MandateClockStatus;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The "mandate clock": how far into the mandate we are and whether the declared progress keeps pace with it.
 *
 * The pace is measured from the score at the start (`startOverall`, the score at commitment): pace = (overall −
 * startOverall) / monthsElapsed, so work done before the mandate does not inflate it. The projected completion goes
 * on from today at that pace: today + (100 − overall) / pace months. A collectivity is on track when that date is not
 * after the end, which is the same as overall ≥ startOverall + (100 − startOverall) × monthsElapsed / monthsTotal.
 * On the first day there is no pace, so neither a projection nor a verdict (`TOO_EARLY`), and with no progress since
 * the start the projection is "never" and the verdict `STALLED`, never "on track". Today is clamped to [start, end].
 */
export function mandatePace(input: MandatePaceInput): MandatePace {
  const start = toUtcDate(input.startDate ?? MANDATE_START_DATE, 'startDate');
  const end = toUtcDate(input.endDate ?? MANDATE_END_DATE, 'endDate');
  const today = toUtcDate(input.today, 'today');
  const { overall } = input;
  if (end <= start) {
    throw new RangeError(`endDate (${toIsoDate(end)}) must be after startDate (${toIsoDate(start)})`);
  }
  if (overall !== null && !isValidProgress(overall)) {
    throw new RangeError(`overall must be a number from 0 to 100 or null, got ${String(overall)}`);
  }

  const startOverall = input.startOverall ?? 0;
  if (!isValidProgress(startOverall)) {
    throw new RangeError(`startOverall must be a number from 0 to 100, got ${String(startOverall)}`);
  }

  const clock = today < start ? start : today > end ? end : today;
  const monthsTotal = monthsBetween(start, end);
  const monthsElapsed = monthsBetween(start, clock);
  const monthsLeft = monthsTotal - monthsElapsed;
  const expectedProgress = startOverall + ((100 - startOverall) * monthsElapsed) / monthsTotal;

  const pace = overall !== null && monthsElapsed > 0 ? (overall - startOverall) / monthsElapsed : null;
  const requiredPace = overall !== null && monthsLeft > 0 ? (100 - overall) / monthsLeft : null;
  let status: MandateClockStatus;
  let projectedCompletionDate: string | null = null;
  if (overall === null) {
    status = 'UNKNOWN';
  } else if (overall >= 100) {
    status = 'COMPLETE';
    projectedCompletionDate = toIsoDate(clock);
  } else if (pace === null) {
    status = 'TOO_EARLY';
  } else if (pace <= 0) {
    status = 'STALLED';
  } else {
    const completion = addFractionalMonths(clock, (100 - overall) / pace);
    projectedCompletionDate = toIsoDate(completion);
    status = projectedCompletionDate <= toIsoDate(end) ? 'ON_TRACK' : 'BEHIND';
  }

  return {
    monthsTotal: round(monthsTotal, 1),
    monthsElapsed: round(monthsElapsed, 1),
    monthsLeft: round(monthsLeft, 1),
    startOverall,
    expectedProgress: round(expectedProgress, 1),
    pace: pace === null ? null : round(pace, 2),
    requiredPace: requiredPace === null ? null : round(requiredPace, 2),
    projectedCompletionDate,
    onTrack:
      status === 'ON_TRACK' || status === 'COMPLETE'
        ? true
        : status === 'BEHIND' || status === 'STALLED'
          ? false
          : null,
    status,
  };
}

/** The day a commitment's mandate clock starts: the mandate's start, or the commitment's date when it is later. */
export function mandateClockStart(committedOn: string | null | undefined): string {
  return committedOn && committedOn > MANDATE_START_DATE ? committedOn : MANDATE_START_DATE;
}

/**
 * The score the mandate clock measures from (`MandatePaceInput.startOverall`), as each progress write keeps it.
 *
 * What a collectivity has declared by the end of the clock's first day (Europe/Paris) was done before the clock
 * started: up to that day the baseline follows the overall score; from the next day on it no longer moves, so that
 * the pace counts only the work declared since. A commitment with no write by then starts from 0 (nothing declared).
 * `baseline` is the kept value (null: none yet), `overall` the score after the write, `today` the write's day.
 */
export function clockBaselineAfterWrite(input: {
  baseline: number | null;
  overall: number | null;
  committedOn: string;
  today: string;
}): number | null {
  if (input.today <= mandateClockStart(input.committedOn)) return input.overall;
  return input.baseline;
}
