import { z } from 'zod';
import {
  checkAwardedLabel,
  TNL_AWARDS_2025,
  TNL_LEGACY_LEVELS,
  TNL_SCALE_YEARS,
  TNL_SCALES,
  TNL_SPECIAL_MENTIONS,
  TnlScale,
} from '../tnl';
import { RuleIssue } from './codes';
import { RuleContext } from './context';
import { httpUrl, id, oneOf, text, wholeNumber } from './fields';
import { addIssue } from './validate';

/** The scale a vintage was awarded on: levels 1 to 5 until 2024, Badge to Or from 2025. */
export function tnlScaleOfYear(year: number): TnlScale {
  return year >= TNL_SCALE_YEARS['2025'].from ? '2025' : 'LEGACY';
}

/** The levels of a scale, as the API takes them ("1"…"5", or BADGE…OR). */
export function tnlLevelsOf(scale: TnlScale): readonly string[] {
  return scale === 'LEGACY' ? TNL_LEGACY_LEVELS.map(String) : TNL_AWARDS_2025;
}

/**
 * A label as the jury awarded it: a vintage of its scale and a level of that scale (INVALID_TNL_LABEL). The vintage is not after this year (INVALID_YEAR).
 */
export function checkTnlLabel(label: { year: number; scale: TnlScale; level: string }, ctx: RuleContext): RuleIssue[] {
  if (label.year > Number(ctx.today.slice(0, 4))) return [{ path: 'year', code: 'INVALID_YEAR' }];
  return checkAwardedLabel(label);
}

/** recordTnlLabel. */
export const tnlLabelSchema = (ctx: RuleContext) =>
  z
    .strictObject({
      collectivityId: id(),
      year: wholeNumber(TNL_SCALE_YEARS.LEGACY.from, 2100, 'INVALID_YEAR'),
      scale: oneOf(TNL_SCALES),
      level: text(8, 1),
      mentions: z.array(oneOf(TNL_SPECIAL_MENTIONS), 'INVALID_VALUE').max(4, 'TOO_MANY').default([]),
      url: httpUrl().nullish(),
    })
    .superRefine((v, refine) => {
      for (const issue of checkTnlLabel(v, ctx)) addIssue(refine, issue.path, issue.code);
    });
export type TnlLabelRecord = z.input<ReturnType<typeof tnlLabelSchema>>;
