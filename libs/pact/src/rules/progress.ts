import { z } from 'zod';
import { PROGRESS_STATUSES, ProgressStatus, requiresJustification } from '../progress-status';
import { RuleIssue } from './codes';
import { isoDate } from './date-fields';
import { expectedVersion, filledText, flag, id, oneOf, optionalText, text, withdrawalReason } from './fields';
import { addIssue } from './validate';

/** The longest action code of any edition ("1.10"), with room to spare. */
const actionCode = () => text(8, 1);

/**
 * Whether a status takes an explicit %: NOT_APPLICABLE is excluded from every score and ABANDONED always counts 0,
 * so a % typed for either would say something the scores ignore.
 */
export function takesProgress(status: ProgressStatus): boolean {
  return status !== 'NOT_APPLICABLE' && status !== 'ABANDONED';
}

/**
 * The cross-field rules of a progress update: status ↔ % ↔ justification.
 * - an explicit % is a whole number 0–100 (PROGRESS_OUT_OF_RANGE), and only on a status that takes one
 *   (PROGRESS_NOT_ALLOWED);
 * - NOT_APPLICABLE and ABANDONED need a justification that is more than blanks (JUSTIFICATION_REQUIRED).
 */
export function checkProgressRules(update: {
  status: ProgressStatus;
  progress?: number | null;
  justification?: string | null;
}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const progress = update.progress ?? null;
  if (progress !== null) {
    if (!Number.isInteger(progress) || progress < 0 || progress > 100) {
      issues.push({ path: 'progress', code: 'PROGRESS_OUT_OF_RANGE' });
    } else if (!takesProgress(update.status)) {
      issues.push({ path: 'progress', code: 'PROGRESS_NOT_ALLOWED' });
    }
  }
  if (requiresJustification(update.status) && !update.justification?.trim()) {
    issues.push({ path: 'justification', code: 'JUSTIFICATION_REQUIRED' });
  }
  return issues;
}

/** updateActionProgress: the status, an optional % overriding its default, a target date, an owner, a reason. */
export const progressUpdateSchema = z
  .strictObject({
    commitmentId: id(),
    actionCode: actionCode(),
    status: oneOf(PROGRESS_STATUSES),
    progress: z.number('PROGRESS_OUT_OF_RANGE').nullish(),
    targetDate: isoDate().nullish(),
    owner: optionalText(200),
    justification: optionalText(4000),
    expectedVersion: expectedVersion(),
  })
  .superRefine((v, ctx) => {
    for (const issue of checkProgressRules(v)) addIssue(ctx, issue.path, issue.code);
  });
export type ProgressUpdate = z.input<typeof progressUpdateSchema>;

/** addMilestone. */
export const milestoneAddSchema = z.strictObject({
  commitmentId: id(),
  actionCode: actionCode(),
  title: filledText(300, 2),
  description: optionalText(4000),
  date: isoDate(),
  reached: flag().default(false),
});
export type MilestoneAdd = z.input<typeof milestoneAddSchema>;

/** updateMilestone: omitted (or null) fields are kept. */
export const milestoneUpdateSchema = z.strictObject({
  milestoneId: id(),
  title: filledText(300, 2).nullish(),
  description: optionalText(4000),
  date: isoDate().nullish(),
  reached: flag().nullish(),
  expectedVersion: expectedVersion(),
});
export type MilestoneUpdate = z.input<typeof milestoneUpdateSchema>;

/** withdrawMilestone: it leaves the page, the public reads and the exports, with a reason the history keeps. */
export const milestoneWithdrawSchema = z.strictObject({
  milestoneId: id(),
  reason: withdrawalReason(),
  expectedVersion: expectedVersion(),
});
export type MilestoneWithdraw = z.input<typeof milestoneWithdrawSchema>;
