import { RuleErrorCode, RuleIssue, ruleErrorOf } from '@pacte/pact';
import { DomainError, ValidationFailedError } from './domain-error';

/** What each rule of its own says to an API client (English; the dashboard shows its own texts by code). */
const RULE_MESSAGES: Record<RuleErrorCode, string> = {
  JUSTIFICATION_REQUIRED: 'This status (NOT_APPLICABLE, ABANDONED) or verdict needs a justification',
  PROGRESS_OUT_OF_RANGE: 'Progress must be a whole number between 0 and 100',
  PROGRESS_NOT_ALLOWED:
    'A NOT_APPLICABLE or ABANDONED action takes no %: the first is excluded from scores, the second counts 0',
  EVIDENCE_URL_REQUIRED: 'Evidence of this kind (a running service, a published repository) needs a url',
  MIGRATION_STAGE_NOT_FORWARD: 'The next stage recorded must come after the current one',
  MIGRATION_STAGE_DATE_BEFORE_PREVIOUS: 'A stage cannot be reached before the current stage was',
  MIGRATION_STAGE_DATE_IN_FUTURE: 'A stage is recorded once reached: its date cannot be after today (Europe/Paris)',
  MIGRATION_PLAN_DATE_IN_PAST: 'A stage is planned for a day to come: its date cannot be before today (Europe/Paris)',
  MIGRATION_PLAN_STAGE_NOT_AHEAD: 'A planned stage must come after the item’s current stage',
  MIGRATION_PLAN_OUT_OF_ORDER: 'A plan names each stage once, a later stage on the same day or later',
  FLEET_DATE_IN_FUTURE: 'A fleet is counted as it is: the day of the count cannot be after today (Europe/Paris)',
  ASSESSMENT_DATE_IN_FUTURE: 'An assessment cannot be dated after today (Europe/Paris)',
  REPLY_TEXT_REQUIRED: 'A reply needs a text',
  INVALID_TNL_LABEL: 'This vintage, scale and level of the Territoire Numérique Libre label do not go together',
  REASON_REQUIRED: 'Refusing a review item needs a reason (the declarant reads it)',
  DOCUMENT_REQUIRED: 'A declared council deliberation needs its document: an address (documentUrl) or a file',
  POOLING_COMMUNE_ONLY: 'Only a commune points to the EPCI or syndicat that runs its IT',
  POOLING_BODY_INVALID: 'The body that runs a commune’s IT is an EPCI or a syndicat',
  POOLING_BODY_NOT_ITS_EPCI: 'An EPCI runs the IT of its own member communes only: this commune belongs to another',
  POOLING_MEMBERS_NOT_ALLOWED: 'Only an EPCI’s or a syndicat’s inventory item names the member communes it applies to',
  POOLING_MEMBER_INVALID: 'An item applies to communes only, members of the EPCI when it is one',
};

/** A rule of the rulebook (libs/pact/src/rules) that the input breaks, answered with the rule's own code. */
export class RuleViolationError extends DomainError {
  constructor(code: RuleErrorCode, field: string) {
    super(code, RULE_MESSAGES[code], 'BAD_USER_INPUT', { field });
  }
}

/**
 * The error for a list of rulebook issues: the rule's own code when only rules of their own are broken (the first
 * one), else VALIDATION_FAILED listing every issue (`problems` as text, `issues` as `{ path, code, params? }`).
 */
export function ruleIssuesError(issues: readonly RuleIssue[]): DomainError {
  const rule = ruleErrorOf(issues);
  if (rule) return new RuleViolationError(rule.code, rule.path);
  return new ValidationFailedError(
    issues.map((i) => `${i.path || 'input'}: ${i.code}`),
    issues,
  );
}

/** Throws when the rulebook found anything wrong; the services call it with the result of one rule. */
export function assertRules(issues: readonly RuleIssue[]): void {
  if (issues.length > 0) throw ruleIssuesError(issues);
}
