import { useState } from 'react';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { isRuleProblem, useRuleMessage } from '../../../lib/rules';
import type { Problems } from '../utils/validation';

/**
 * A form's values, checked as the user types: a field's problem shows once it was changed, or after a submission
 * was tried (`valid()`), as the rulebook's `rule.<CODE>` or a `migration.problem.<problem>` of the form's own.
 */
export function useFormState<F>(initial: () => F, check: (form: F) => Problems<F>) {
  const { t } = useI18n();
  const ruleMessage = useRuleMessage();
  const [form, setForm] = useState<F>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof F, boolean>>>({});
  const [tried, setTried] = useState(false);
  const problems = check(form);
  const problem = (name: keyof F): string | null => {
    const p = problems[name];
    if (!p || !(touched[name] || tried)) return null;
    return isRuleProblem(p) ? ruleMessage(p) : t(`migration.problem.${p}` as MessageKey);
  };
  const set = <K extends keyof F>(name: K, value: F[K]) => {
    setForm((f) => ({ ...f, [name]: value }));
    setTouched((s) => ({ ...s, [name]: true }));
  };
  /** Shows a field's problem as if it had been changed (a field that another one makes necessary). */
  const touch = (name: keyof F) => setTouched((s) => ({ ...s, [name]: true }));
  /** Shows every problem; true when there is none. */
  const valid = (): boolean => {
    setTried(true);
    return !Object.values(problems).some(Boolean);
  };
  const reset = () => {
    setForm(initial());
    setTouched({});
    setTried(false);
  };
  return { form, set, touch, problem, valid, reset };
}
