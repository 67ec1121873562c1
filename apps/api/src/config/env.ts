import { z } from 'zod';

/**
 * The zod building blocks of the configuration schema (config.ts): each reads one environment variable. Blank
 * variables count as unset (config.ts drops them before parsing), so `.optional()` means "take the default".
 */
export type Env = Record<string, string | undefined>;

const between = (min: number, max: number) => `must be an integer between ${min} and ${max}`;

/** An integer in [min, max]. */
export const int = (min: number, max: number) =>
  z.coerce
    .number({ error: between(min, max) })
    .int({ error: between(min, max) })
    .min(min, { error: between(min, max) })
    .max(max, { error: between(min, max) })
    .optional();

/** 1/true/yes/on or 0/false/no/off, any case. */
export const bool = () =>
  z
    .stringbool({
      truthy: ['1', 'true', 'yes', 'on'],
      falsy: ['0', 'false', 'no', 'off'],
      case: 'insensitive',
      error: 'must be true or false',
    })
    .optional();

/** Any text; the configuration decides the default. */
export const text = () => z.string().optional();

const HTTP_URL = /^https?:\/\/\S+$/;

/** An http(s) URL. */
export const httpUrl = () => z.string().regex(HTTP_URL, { error: 'must be an http(s) URL' }).optional();

/** Records a problem about `variable` from a cross-variable check (`superRefine`). */
export function problem(ctx: z.RefinementCtx, variable: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [variable], message });
}
