/**
 * Calendar arithmetic on dates without a time of day, in UTC, with plain Date. A date is given either as an ISO
 * 'YYYY-MM-DD' string (exact) or as a Date, of which the UTC calendar day is used.
 */
export type DateInput = string | Date;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a date to midnight UTC; throws a RangeError for anything that is not a real calendar day. */
export function toUtcDate(input: DateInput, name = 'date'): Date {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) {
      throw new RangeError(`Invalid ${name}: Invalid Date`);
    }
    return new Date(Date.UTC(input.getUTCFullYear(), input.getUTCMonth(), input.getUTCDate()));
  }
  const match = ISO_DATE.exec(input);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date;
    }
  }
  throw new RangeError(`Invalid ${name}: expected YYYY-MM-DD, got "${String(input)}"`);
}

/** 'YYYY-MM-DD' of a UTC date. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds whole calendar months; a day that the target month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month))));
}

/**
 * Months from `from` to `to`, counted in calendar months from `from`, plus the fraction of the month in progress
 * (e.g. 22 March → 7 May is 1 month + 15/30 days = 1.5). Negative when `to` is before `from`.
 */
export function monthsBetween(from: Date, to: Date): number {
  if (to < from) {
    return -monthsBetween(to, from);
  }
  let whole = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(from, whole) > to) {
    whole -= 1;
  }
  const base = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  return whole + (to.getTime() - base.getTime()) / (next.getTime() - base.getTime());
}

/** The inverse of `monthsBetween`: `from` plus a non-negative, possibly fractional, number of months, to the day. */
export function addFractionalMonths(from: Date, months: number): Date {
  if (!Number.isFinite(months) || months < 0) {
    throw new RangeError(`Months must be a finite number >= 0, got ${months}`);
  }
  const whole = Math.floor(months);
  const base = addMonths(from, whole);
  const next = addMonths(from, whole + 1);
  const days = Math.round(((months - whole) * (next.getTime() - base.getTime())) / DAY_MS);
  return new Date(base.getTime() + days * DAY_MS);
}

const DATE_IN_WORDS = {
  fr: new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A calendar day in words, as French writes it: "24 juin 2026", "1er juin 2026" (the ordinal for the first of the
 * month); in English "24 June 2026". Throws a RangeError on a day that does not exist.
 */
export function dateInWords(day: DateInput, locale: 'fr' | 'en' = 'fr'): string {
  const date = toUtcDate(day, 'day');
  const words = DATE_IN_WORDS[locale].format(date);
  return locale === 'fr' && date.getUTCDate() === 1 ? words.replace(/^1 /, '1er ') : words;
}
