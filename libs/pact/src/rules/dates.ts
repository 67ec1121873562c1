/**
 * Dates of the rulebook: calendar days written YYYY-MM-DD, and "today" as the pact's calendar sees it. The pact is
 * French, so today is the calendar date in Europe/Paris, wherever the server or the browser runs: a stage reached at
 * 00:30 in Paris on 15 July is reached on the 15th, although it is still the 14th in UTC.
 */
export const RULE_TIME_ZONE = 'Europe/Paris';

/** No date of the pact's world is before this day or after the last one: anything outside is a typing slip. */
export const EARLIEST_DATE = '1950-01-01';
export const LATEST_DATE = '2100-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `value` a real calendar day written YYYY-MM-DD (no 2026-02-30, no 2026-1-5)? */
export function isIsoCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Is this real calendar day within EARLIEST_DATE–LATEST_DATE? */
export function isPlausibleDate(value: string): boolean {
  return value >= EARLIEST_DATE && value <= LATEST_DATE;
}

let parisFormat: Intl.DateTimeFormat | undefined;

/** The calendar date (YYYY-MM-DD) in Europe/Paris at the instant `now`. Pure: the caller reads the clock. */
export function todayInFrance(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInFrance: Invalid Date');
  parisFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: RULE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(parisFormat.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The calendar year in Europe/Paris at the instant `now`. */
export function yearInFrance(now: Date): number {
  return Number(todayInFrance(now).slice(0, 4));
}
