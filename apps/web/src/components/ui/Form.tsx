import { useState, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';
import { FormError } from './FormError';

/**
 * The values of a form checked as the user types: a field's problem shows once the field was changed, or once a
 * submission was tried (then every problem shows). `check` names the problems; `message` words them.
 */
export function useFormFields<F extends object, R extends Partial<Record<keyof F, string | null>>>(
  initial: F | (() => F),
  check: (values: F) => R,
  message: (problem: NonNullable<R[keyof F]>) => string,
) {
  const [values, setValues] = useState<F>(initial);
  const [touched, setTouched] = useState<Partial<Record<keyof F, boolean>>>({});
  const [tried, setTried] = useState(false);
  const problems = check(values);
  const valid = !Object.values(problems).some(Boolean);
  return {
    values,
    set<K extends keyof F>(name: K, value: F[K]) {
      setValues((v) => ({ ...v, [name]: value }));
      setTouched((s) => ({ ...s, [name]: true }));
    },
    /** The message to show under the field, or null. */
    error(name: keyof F): string | null {
      const problem = problems[name];
      return problem && (touched[name] || tried) ? message(problem) : null;
    },
    /** Marks a submission as tried, so that every problem shows; true when the values may be sent. */
    validate(): boolean {
      setTried(true);
      return valid;
    },
    /** Back to the initial values (or `next`), nothing touched. */
    reset(next?: F) {
      setValues(next ?? (typeof initial === 'function' ? initial() : initial));
      setTouched({});
      setTried(false);
    },
  };
}

/**
 * The end of a form: the API's error in plain words, the submit button, and (when `done` is given) a polite
 * "Saved." once the change is recorded.
 */
export function FormActions({
  submitLabel,
  pending,
  error,
  done,
  doneLabel,
  children,
}: {
  submitLabel: string;
  pending: boolean;
  error: unknown;
  done?: boolean;
  /** What `done` says (default: "Saved."). */
  doneLabel?: string;
  /** More controls beside the button (e.g. a secondary link). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {submitLabel}
        </button>
        {children}
        {done !== undefined && (
          <span role="status" className="muted">
            {done ? (doneLabel ?? t('edit.saved')) : ''}
          </span>
        )}
      </div>
    </>
  );
}

/** A labelled checkbox, the label after the box. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div className="field field-check">
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
      </label>
    </div>
  );
}
