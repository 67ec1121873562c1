import {
  isRuleCode,
  issuesByField,
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

export type FormProblems<F> = Partial<Record<keyof F, RuleCode | null>>;

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
  for (const [path, code] of Object.entries(issuesByField(result.issues))) {
    const field = fields[path] ?? fields[path.split('.')[0]] ?? (path.split('.')[0] as keyof F);
    problems[field] ??= code;
  }
  return problems;
}

/** Words a rulebook code in the current language. */
export function useRuleMessage(): (code: RuleCode) => string {
  const { t } = useI18n();
  return (code) => t(`rule.${code}`, { min: PASSWORD_MIN_LENGTH });
}

export { isRuleCode };
