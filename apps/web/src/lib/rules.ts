import {
  firstIssueByField,
  isRuleCode,
  PASSWORD_MIN_LENGTH,
  todayInFrance,
  validate,
  type RuleCode,
  type RuleSchema,
} from '@pacte/pact';
import { useI18n } from './i18n';

/**
 * The dashboard's side of the rulebook (libs/pact/src/rules): forms validate what they would send with the schema
 * the API applies, and show each refusal code in words (`rule.<CODE>` in the i18n messages).
 */

/** Today as the rulebook counts it (the calendar date in Europe/Paris), YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return todayInFrance(now);
}

/**
 * A refusal as a form keeps it (a string, as every form's problems are): the rule's code, or `CODE:max` for a code
 * whose message says the limit (TOO_LONG:500).
 */
export type RuleProblem = RuleCode | `${RuleCode}:${number}`;

/** Is this a refusal of the rulebook (with or without its limit)? */
export function isRuleProblem(problem: unknown): problem is RuleProblem {
  return typeof problem === 'string' && isRuleCode(problem.split(':')[0]);
}

export type FormProblems<F> = Partial<Record<keyof F, RuleProblem | null>>;

/** The code of a refusal, whether it carries a limit or not. */
export function problemCode(problem: RuleProblem): RuleCode {
  return problem.split(':')[0] as RuleCode;
}

/**
 * The rulebook's refusals of `input`, one code per field of the form: an input path is a form field of the same name
 * unless `fields` maps it to another one (e.g. `progress` → the text of the % field).
 */
export function formProblems<F>(
  schema: RuleSchema,
  input: unknown,
  fields: Partial<Record<string, keyof F>> = {},
): FormProblems<F> {
  const result = validate(schema, input);
  if (result.ok) return {};
  const problems: FormProblems<F> = {};
  for (const [path, issue] of Object.entries(firstIssueByField(result.issues))) {
    const field = fields[path] ?? fields[path.split('.')[0]] ?? (path.split('.')[0] as keyof F);
    problems[field] ??= issue.params ? `${issue.code}:${issue.params.max}` : issue.code;
  }
  return problems;
}

/** Words a rulebook refusal in the current language, with its limit when it has one (TOO_LONG says the maximum). */
export function useRuleMessage(): (problem: RuleProblem, params?: { max?: number }) => string {
  const { t, has, formatNumber } = useI18n();
  return (problem, params) => {
    const code = problemCode(problem);
    const limit = problem.split(':')[1];
    const max = limit !== undefined ? Number(limit) : params?.max;
    const withLimit = `rule.${code}.max`;
    if (max !== undefined && has(withLimit)) return t(withLimit, { max: formatNumber(max) });
    return t(`rule.${code}`, { min: PASSWORD_MIN_LENGTH });
  };
}

export { isRuleCode };
