import { z } from 'zod';
import { ASSESSMENT_VERDICTS } from '../assessment';
import { PACT_SECTION_NUMBERS } from '../catalogue/types';
import { SECTION_SELF_STATUSES } from '../section-assessment';
import { RuleContext } from './context';
import { pastIsoDate } from './date-fields';
import { expectedVersion, id, oneOf, text } from './fields';

/** One of the pact's sections, 1 to 3 (INVALID_VALUE otherwise). */
const section = () =>
  z.number('INVALID_VALUE').refine((n) => (PACT_SECTION_NUMBERS as readonly number[]).includes(n), 'INVALID_VALUE');

/** The longest explanation of a section's self-assessment: "a short explanation", public. */
export const SECTION_EXPLANATION_MAX = 1000;

/**
 * selfAssessSection: a status of the section as a whole, with a short public explanation that is more than blanks
 * (JUSTIFICATION_REQUIRED) — what was done for that commitment, by whatever means.
 */
export const sectionSelfAssessmentSchema = z.strictObject({
  commitmentId: id(),
  section: section(),
  status: oneOf(SECTION_SELF_STATUSES),
  explanation: text(SECTION_EXPLANATION_MAX, 1).refine((s) => s.trim() !== '', 'JUSTIFICATION_REQUIRED'),
  expectedVersion: expectedVersion(),
});
export type SectionSelfAssessmentInput = z.input<typeof sectionSelfAssessmentSchema>;

/**
 * recordSectionAssessment: an auditor's verdict on a section as a whole, on the actions' scale, with a public
 * justification that is more than blanks (JUSTIFICATION_REQUIRED), dated today or earlier
 * (ASSESSMENT_DATE_IN_FUTURE; omitted: today).
 */
export const sectionAssessmentSchema = (ctx: RuleContext) =>
  z.strictObject({
    commitmentId: id(),
    section: section(),
    verdict: oneOf(ASSESSMENT_VERDICTS),
    justification: text(4000, 1).refine((s) => s.trim() !== '', 'JUSTIFICATION_REQUIRED'),
    date: pastIsoDate(ctx.today, 'ASSESSMENT_DATE_IN_FUTURE').nullish(),
    association: text(200, 2).nullish(),
  });
export type SectionAssessmentInput = z.input<ReturnType<typeof sectionAssessmentSchema>>;
