import type { z } from 'zod';
import { isRuleCode, isRuleErrorCode, RuleCode, RuleErrorCode, RuleIssue } from './codes';
import type { RuleContext } from './context';

/** A schema of the rulebook, or a factory of one for the schemas that need to know today's date. */
export type RuleSchema = z.ZodType;
export type RuleSchemaSource = RuleSchema | ((ctx: RuleContext) => RuleSchema);

/** The schema of a source, for this moment. */
export function schemaFor(source: RuleSchemaSource, ctx: RuleContext): RuleSchema {
  return typeof source === 'function' ? source(ctx) : source;
}

export type RuleResult<T> = { ok: true; value: T } | { ok: false; issues: RuleIssue[] };

/**
 * The code of one zod issue: REQUIRED for a missing value, else the rulebook's own message when it set one, else a
 * code from zod's kind of issue.
 */
function codeOf(issue: z.core.$ZodIssue): RuleCode {
  const missing = issue.input === undefined || issue.input === null;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'REQUIRED';
  if (isRuleCode(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'UNKNOWN_FIELD';
    case 'too_big':
      return issue.origin === 'array' ? 'TOO_MANY' : 'TOO_LONG';
    case 'too_small':
      return issue.origin === 'array' ? 'TOO_FEW' : 'TOO_SHORT';
    default:
      return 'INVALID_VALUE';
  }
}

/** The issues of a zod error, as the rulebook's codes; an unknown key becomes one issue per key. */
export function issuesOf(error: z.core.$ZodError): RuleIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, code: 'UNKNOWN_FIELD' as const }));
    }
    const code = codeOf(issue);
    if (code === 'TOO_LONG' && issue.code === 'too_big')
      return [{ path, code, params: { max: Number(issue.maximum) } }];
    return [{ path, code }];
  });
}

/** Validates `input` against one schema of the rulebook. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): RuleResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesOf(result.error) };
}

/**
 * The first rule of its own (RULE_ERROR_CODES) that the issues break, when they are only such rules; undefined when
 * any plain field problem is among them (those are answered together, as one VALIDATION_FAILED).
 */
export function ruleErrorOf(issues: readonly RuleIssue[]): (RuleIssue & { code: RuleErrorCode }) | undefined {
  if (issues.some((i) => !isRuleErrorCode(i.code))) return undefined;
  return issues.find((i): i is RuleIssue & { code: RuleErrorCode } => isRuleErrorCode(i.code));
}

/** The issues keyed by their field (the first one of each field), for a form that shows one message per field. */
export function issuesByField(issues: readonly RuleIssue[]): Record<string, RuleCode> {
  const byField: Record<string, RuleCode> = {};
  for (const issue of issues) byField[issue.path] ??= issue.code;
  return byField;
}

/** The first issue of each field, with what its message needs (`params`), for a form that words them. */
export function firstIssueByField(issues: readonly RuleIssue[]): Record<string, RuleIssue> {
  const byField: Record<string, RuleIssue> = {};
  for (const issue of issues) byField[issue.path] ??= issue;
  return byField;
}

/** Adds one issue to a zod refinement context with a rulebook code. */
export function addIssue(ctx: z.RefinementCtx, path: string, code: RuleCode): void {
  ctx.addIssue({ code: 'custom', message: code, path: path ? [path] : [] });
}
