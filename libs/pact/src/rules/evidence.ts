import { z } from 'zod';
import { EVIDENCE_KINDS, EvidenceKind } from '../evidence-kind';
import { RuleIssue } from './codes';
import { isoDate } from './date-fields';
import { codeList, expectedVersion, filledText, httpUrl, id, oneOf, optionalText, withdrawalReason } from './fields';
import { addIssue } from './validate';

/** Kinds that are only evidence with an address to check: a service one can open, a repository one can read. */
export const EVIDENCE_KINDS_NEEDING_URL: readonly EvidenceKind[] = ['RUNNING_SERVICE', 'PUBLISHED_REPOSITORY'];

export function evidenceNeedsUrl(kind: EvidenceKind): boolean {
  return EVIDENCE_KINDS_NEEDING_URL.includes(kind);
}

/**
 * The cross-field rules of new evidence: it supports at least one action or answers at least one label criterion
 * (ACTIONS_OR_CRITERIA_REQUIRED); a kind that needs an address has one (EVIDENCE_URL_REQUIRED).
 */
export function checkEvidenceRules(evidence: {
  kind: EvidenceKind;
  url?: string | null;
  actionCodes: readonly string[];
  criterionIds?: readonly string[] | null;
}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (evidence.actionCodes.length === 0 && (evidence.criterionIds ?? []).length === 0) {
    issues.push({ path: 'actionCodes', code: 'ACTIONS_OR_CRITERIA_REQUIRED' });
  }
  if (evidenceNeedsUrl(evidence.kind) && !evidence.url) issues.push({ path: 'url', code: 'EVIDENCE_URL_REQUIRED' });
  return issues;
}

/**
 * addEvidence: a dated, titled piece of evidence supporting at least one action of its commitment or answering at
 * least one label criterion (ACTIONS_OR_CRITERIA_REQUIRED); an address for the kinds that need one
 * (EVIDENCE_URL_REQUIRED).
 */
export const evidenceAddSchema = z
  .strictObject({
    commitmentId: id(),
    kind: oneOf(EVIDENCE_KINDS),
    date: isoDate(),
    title: filledText(300, 2),
    description: optionalText(4000),
    url: httpUrl().nullish(),
    actionCodes: codeList(40),
    criterionIds: codeList(25, 64).nullish(),
  })
  .superRefine((v, ctx) => {
    for (const issue of checkEvidenceRules(v)) addIssue(ctx, issue.path, issue.code);
  });
export type EvidenceAdd = z.input<typeof evidenceAddSchema>;

/** linkEvidence: one or more actions more. */
export const evidenceLinkSchema = z.strictObject({
  evidenceId: id(),
  commitmentId: id(),
  actionCodes: codeList(40).min(1, 'TOO_FEW'),
  expectedVersion: expectedVersion(),
});
export type EvidenceLink = z.input<typeof evidenceLinkSchema>;

/**
 * updateEvidence: omitted (or null) fields are kept; `description` and `url` given as null are cleared;
 * `actionCodes`, when given, is the whole new list. The evidence as it will be must still pass `checkEvidenceRules`
 * (the service checks it on the merged record).
 */
export const evidenceUpdateSchema = z.strictObject({
  evidenceId: id(),
  kind: oneOf(EVIDENCE_KINDS).nullish(),
  date: isoDate().nullish(),
  title: filledText(300, 2).nullish(),
  description: optionalText(4000),
  url: httpUrl().nullish(),
  actionCodes: codeList(40).nullish(),
  expectedVersion: expectedVersion(),
});
export type EvidenceUpdate = z.input<typeof evidenceUpdateSchema>;

/** unlinkEvidence: one or more of its actions less (it must keep an action or a label criterion). */
export const evidenceUnlinkSchema = z.strictObject({
  evidenceId: id(),
  actionCodes: codeList(40).min(1, 'TOO_FEW'),
  expectedVersion: expectedVersion(),
});
export type EvidenceUnlink = z.input<typeof evidenceUnlinkSchema>;

/** withdrawEvidence: it leaves the page, the public reads and the exports, with a reason the history keeps. */
export const evidenceWithdrawSchema = z.strictObject({
  evidenceId: id(),
  reason: withdrawalReason(),
  expectedVersion: expectedVersion(),
});
export type EvidenceWithdraw = z.input<typeof evidenceWithdrawSchema>;
