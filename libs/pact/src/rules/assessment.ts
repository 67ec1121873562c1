import { z } from 'zod';
import { ASSESSMENT_VERDICTS } from '../assessment';
import { RuleContext } from './context';
import { pastIsoDate } from './date-fields';
import { id, oneOf, text } from './fields';

/**
 * recordAssessment: a verdict with a public justification that is more than blanks (JUSTIFICATION_REQUIRED), dated
 * today or earlier (ASSESSMENT_DATE_IN_FUTURE; omitted: today).
 */
export const assessmentSchema = (ctx: RuleContext) =>
  z.strictObject({
    commitmentId: id(),
    actionCode: text(8, 1),
    verdict: oneOf(ASSESSMENT_VERDICTS),
    justification: text(4000, 1).refine((s) => s.trim() !== '', 'JUSTIFICATION_REQUIRED'),
    evidenceIds: z.array(id(), 'INVALID_VALUE').max(40, 'TOO_MANY').default([]),
    date: pastIsoDate(ctx.today, 'ASSESSMENT_DATE_IN_FUTURE').nullish(),
    association: text(200, 2).nullish(),
  });
export type Assessment = z.input<ReturnType<typeof assessmentSchema>>;

/** replyToAssessment: a text that is more than blanks (REPLY_TEXT_REQUIRED). */
export const assessmentReplySchema = z.strictObject({
  assessmentId: id(),
  text: text(4000, 1).refine((s) => s.trim() !== '', 'REPLY_TEXT_REQUIRED'),
});
export type AssessmentReply = z.input<typeof assessmentReplySchema>;
