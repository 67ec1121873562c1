/**
 * The one list of refusal codes of the rulebook. The API answers them (its own `extensions.code` for the rules listed
 * in `RULE_ERROR_CODES`, else inside a `VALIDATION_FAILED` error's `issues`), the dashboard maps each one to a French
 * and an English text (`rule.<CODE>` in its i18n messages). No sentence of this library reaches a user.
 */
export const FIELD_CODES = [
  /** Missing or empty (after trimming). */
  'REQUIRED',
  /** A text shorter than its minimum. */
  'TOO_SHORT',
  /** A text longer than its maximum. */
  'TOO_LONG',
  /** A list with more items than allowed. */
  'TOO_MANY',
  /** A list that needs at least one item. */
  'TOO_FEW',
  /** Not one of the values allowed (an enum, a boolean, a number where a number is expected…). */
  'INVALID_VALUE',
  /** Not a whole number, or one out of its range (seats…). */
  'INVALID_NUMBER',
  /** A year out of its range (a label's vintage: 2016 to this year). */
  'INVALID_YEAR',
  /** Not an identifier (UUID). */
  'INVALID_ID',
  /** Not a real calendar date written YYYY-MM-DD. */
  'INVALID_DATE',
  /** A real date, but absurd here (before 1950 or after 2100). */
  'DATE_OUT_OF_RANGE',
  /** Not an http(s) address. */
  'INVALID_URL',
  /** Not an e-mail address. */
  'INVALID_EMAIL',
  /** A new password shorter than PASSWORD_MIN_LENGTH. */
  'PASSWORD_TOO_SHORT',
  /** The confirmation of a new password differs. */
  'PASSWORD_MISMATCH',
  /** Not the shape of a token the API sends (password reset link). */
  'INVALID_TOKEN',
  /** Not a région or département code. */
  'INVALID_TERRITORY_CODE',
  /** Not a French postcode (five digits). */
  'INVALID_POSTCODE',
  /** Not a phone number. */
  'INVALID_PHONE',
  /** A field the input does not have. */
  'UNKNOWN_FIELD',
  /** Evidence supports no action and answers no label criterion. */
  'ACTIONS_OR_CRITERIA_REQUIRED',
] as const;

/**
 * Rules the API has always answered with their own `extensions.code` (and still does): cross-field and domain rules.
 */
export const RULE_ERROR_CODES = [
  /** NOT_APPLICABLE and ABANDONED need a written reason; an assessment too. */
  'JUSTIFICATION_REQUIRED',
  /** An explicit % outside 0–100. */
  'PROGRESS_OUT_OF_RANGE',
  /** An explicit % on a NOT_APPLICABLE or ABANDONED action. */
  'PROGRESS_NOT_ALLOWED',
  /** Evidence of a kind that is only evidence with an address (a running service, a repository). */
  'EVIDENCE_URL_REQUIRED',
  /** A migration stage that is not after the current one. */
  'MIGRATION_STAGE_NOT_FORWARD',
  /** A migration stage reached before the current one was. */
  'MIGRATION_STAGE_DATE_BEFORE_PREVIOUS',
  /** A migration stage reached in the future. */
  'MIGRATION_STAGE_DATE_IN_FUTURE',
  /** A migration stage planned for a day already past. */
  'MIGRATION_PLAN_DATE_IN_PAST',
  /** A migration stage planned that the item has already reached (at or before its current stage). */
  'MIGRATION_PLAN_STAGE_NOT_AHEAD',
  /** A plan that names a stage twice, or whose days do not follow the stages' order. */
  'MIGRATION_PLAN_OUT_OF_ORDER',
  /** A fleet counted as of a day in the future. */
  'FLEET_DATE_IN_FUTURE',
  /** An assessment dated in the future. */
  'ASSESSMENT_DATE_IN_FUTURE',
  /** A reply to an assessment with only blanks. */
  'REPLY_TEXT_REQUIRED',
  /** A label's vintage, scale and level that do not go together. */
  'INVALID_TNL_LABEL',
  /** A refusal in the review queue without a reason (the declarant reads it). */
  'REASON_REQUIRED',
  /** A council deliberation declared without its document (an address or a file). */
  'DOCUMENT_REQUIRED',
  /** Pooled IT: only a commune points to the body that runs its IT. */
  'POOLING_COMMUNE_ONLY',
  /** Pooled IT: the body that runs a commune's IT is an EPCI or a syndicat. */
  'POOLING_BODY_INVALID',
  /** Pooled IT: an EPCI runs the IT of its own member communes only. */
  'POOLING_BODY_NOT_ITS_EPCI',
  /** Only the inventory of an EPCI or a syndicat names the member communes an item applies to. */
  'POOLING_MEMBERS_NOT_ALLOWED',
  /** A commune an item applies to that is not a commune (or not a member of the EPCI). */
  'POOLING_MEMBER_INVALID',
] as const;

export const RULE_CODES = [...FIELD_CODES, ...RULE_ERROR_CODES] as const;
export type FieldCode = (typeof FIELD_CODES)[number];
export type RuleErrorCode = (typeof RULE_ERROR_CODES)[number];
export type RuleCode = FieldCode | RuleErrorCode;

export function isRuleCode(value: unknown): value is RuleCode {
  return typeof value === 'string' && (RULE_CODES as readonly string[]).includes(value);
}

export function isRuleErrorCode(value: unknown): value is RuleErrorCode {
  return typeof value === 'string' && (RULE_ERROR_CODES as readonly string[]).includes(value);
}

/** One refusal: which field (dotted path, '' for the whole input) and why. */
export interface RuleIssue {
  path: string;
  code: RuleCode;
  /** What the message needs besides the code: the most characters allowed, for TOO_LONG. */
  params?: { max: number };
}

/**
 * The shortest password accepted when one is chosen (sign-up, reset). Here, beside the codes, rather than with the
 * account's zod schemas: the dashboard's every error message names it (PASSWORD_TOO_SHORT), and its first page then
 * needs no zod.
 */
export const PASSWORD_MIN_LENGTH = 10;
