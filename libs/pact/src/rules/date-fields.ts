import { z } from 'zod';
import type { RuleCode } from './codes';
import { EARLIEST_DATE, isIsoCalendarDate, isPlausibleDate } from './dates';

/*
 * The date fields of the forms' schemas (zod), apart from the date helpers of ./dates.ts, which pages that load no
 * form (the dashboard's home page) use without loading zod.
 */

/** A date field: a real calendar day YYYY-MM-DD (INVALID_DATE) within 1950–2100 (DATE_OUT_OF_RANGE). */
export function isoDate() {
  return z
    .string('INVALID_DATE')
    .refine(isIsoCalendarDate, { error: 'INVALID_DATE', abort: true })
    .refine(isPlausibleDate, { error: 'DATE_OUT_OF_RANGE' });
}

/**
 * A date of something that already happened: a real calendar day (INVALID_DATE), not before 1950
 * (DATE_OUT_OF_RANGE), not after `today` (the rule's own code, e.g. ASSESSMENT_DATE_IN_FUTURE).
 */
export function pastIsoDate(today: string, code: RuleCode) {
  return z
    .string('INVALID_DATE')
    .refine(isIsoCalendarDate, { error: 'INVALID_DATE', abort: true })
    .refine((date) => date >= EARLIEST_DATE, { error: 'DATE_OUT_OF_RANGE', abort: true })
    .refine((date) => date <= today, { error: code });
}
