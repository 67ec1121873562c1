import { z } from 'zod';
import type { RuleCode } from './codes';

/** Field builders shared by the schemas: each refusal carries a code of `codes.ts` as its message. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An identifier (UUID, any version). */
export const id = () => z.string('INVALID_ID').regex(UUID, 'INVALID_ID');

/** A text with a minimum and a maximum length, counted as typed (the API trims what it stores). */
export function text(max: number, min = 0) {
  let base = z.string('INVALID_VALUE');
  if (min >= 1) base = base.min(1, 'REQUIRED');
  if (min > 1) base = base.min(min, 'TOO_SHORT');
  return base.max(max, 'TOO_LONG');
}

/** A text that must hold more than blanks (REQUIRED once, for an empty one). */
export function filledText(max: number, min = 1) {
  return text(max, min).refine((s) => s === '' || s.trim() !== '', 'REQUIRED');
}

/** An optional text: absent or null means "none". */
export const optionalText = (max: number) => text(max).nullish();

/** An http(s) address. */
export function httpUrl(max = 2000) {
  return z
    .string('INVALID_URL')
    .max(max, 'TOO_LONG')
    .refine((s) => {
      if (/\s/.test(s)) return false;
      try {
        const url = new URL(s);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    }, 'INVALID_URL');
}

/** One of the values of an `as const` list. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, 'INVALID_VALUE');

/** A list of at most `max` texts of at most `itemMax` characters. */
export function codeList(max: number, itemMax = 16) {
  return z.array(z.string('INVALID_VALUE').max(itemMax, 'TOO_LONG'), 'INVALID_VALUE').max(max, 'TOO_MANY');
}

/** A whole number at least `min` (and at most `max`). */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER, code: RuleCode = 'INVALID_NUMBER') {
  return z.number(code).int(code).min(min, code).max(max, code);
}

export const flag = () => z.boolean('INVALID_VALUE');

/**
 * The bounds of an `expectedVersion`: a record's version is a PostgreSQL `integer` counting its changes from 0. The
 * API's class-validator inputs (admin-only, no dashboard form) check the same bounds from here.
 */
export const EXPECTED_VERSION_MIN = 0;
export const EXPECTED_VERSION_MAX = 2_147_483_647;

/**
 * The version of the record the client read (optimistic locking): a whole number, or absent / null for "whatever
 * is current". A stale one is the API's CONFLICT, a per-record check.
 */
export const expectedVersion = () => wholeNumber(EXPECTED_VERSION_MIN, EXPECTED_VERSION_MAX).nullish();

/** The longest reason a withdrawal (of evidence, of a milestone) may carry. */
export const WITHDRAWAL_REASON_MAX = 1000;

/** Why a record is withdrawn: required (REQUIRED, TOO_SHORT under 3 characters), kept in the public history. */
export const withdrawalReason = () => filledText(WITHDRAWAL_REASON_MAX, 3);
