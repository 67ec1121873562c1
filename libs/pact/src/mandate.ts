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
}

export interface MandatePace {
  /** Months from start to end of the mandate, 1 decimal. */
  monthsTotal: number;
  /** Months from the start to today, 1 decimal; 0 before the start, monthsTotal after the end. */
  monthsElapsed: number;
  /** monthsTotal − monthsElapsed, 1 decimal; 0 after the end. */
  monthsLeft: number;
  /** Where a steady pace from 0 at the start would be today, in percent, 1 decimal. */
  expectedProgress: number;
  /** Points of overall score gained per month since the start, 2 decimals; null before any time has passed. */
  pace: number | null;
  /** Points per month needed from today to reach 100 at the end, 2 decimals; null when no time is left. */
  requiredPace: number | null;
  /** The day 100 would be reached at the current pace ('YYYY-MM-DD'); null when the pace is 0 or unknown. */
  projectedCompletionDate: string | null;
  /** Whether the projected completion falls on or before the end (overall ≥ expectedProgress); null if overall is. */
  onTrack: boolean | null;
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The "mandate clock": how far into the mandate we are and whether the declared progress keeps pace with it.
 *
 * The pace assumes progress started from 0 at `startDate` and grows linearly: pace = overall / monthsElapsed, and the
 * projected completion is start + 100 / pace months. A collectivity is on track when that date is not after the end,
 * which is the same as overall ≥ 100 × monthsElapsed / monthsTotal. Today is clamped to [start, end].
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

  const clock = today < start ? start : today > end ? end : today;
  const monthsTotal = monthsBetween(start, end);
  const monthsElapsed = monthsBetween(start, clock);
  const monthsLeft = monthsTotal - monthsElapsed;
  const expectedProgress = (100 * monthsElapsed) / monthsTotal;

  const pace = overall !== null && monthsElapsed > 0 ? overall / monthsElapsed : null;
  const requiredPace = overall !== null && monthsLeft > 0 ? (100 - overall) / monthsLeft : null;
  const projectedCompletionDate = pace !== null && pace > 0 ? toIsoDate(addFractionalMonths(start, 100 / pace)) : null;

  return {
    monthsTotal: round(monthsTotal, 1),
    monthsElapsed: round(monthsElapsed, 1),
    monthsLeft: round(monthsLeft, 1),
    expectedProgress: round(expectedProgress, 1),
    pace: pace === null ? null : round(pace, 2),
    requiredPace: requiredPace === null ? null : round(requiredPace, 2),
    projectedCompletionDate,
    onTrack: overall === null ? null : overall >= expectedProgress,
  };
}
