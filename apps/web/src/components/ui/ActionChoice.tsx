import { getCatalogue, type LocalizedText } from '@pacte/pact';
import { useId } from 'react';
import { useI18n } from '../../lib/i18n';

/**
 * "Actions concernées": the pact's actions as labelled checkboxes (code and title), grouped by the pact's three
 * sections, each a fieldset with its legend, inside one fieldset named by `legend`. `codes` limits the choice (the
 * actions of a commitment's edition); `value` is the codes ticked, in any order; `onChange` receives them in
 * catalogue order. Keyboard: Tab from box to box, Space ticks.
 */
export function ActionChoice({
  legend,
  hint,
  error,
  codes,
  value,
  onChange,
  edition,
}: {
  legend: string;
  hint?: string;
  /** The message shown under the choice, announced with it; null when valid. */
  error?: string | null;
  /** The codes that may be chosen; every action of the edition when omitted. */
  codes?: readonly string[];
  value: readonly string[];
  onChange(codes: string[]): void;
  edition?: string;
}) {
  const { locale } = useI18n();
  const id = useId();
  const catalogue = getCatalogue(edition);
  const allowed = codes ? new Set(codes) : null;
  const actions = catalogue.actions.filter((a) => !allowed || allowed.has(a.code));
  const chosen = new Set(value);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    onChange(catalogue.actions.map((a) => a.code).filter((c) => next.has(c)));
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const title = (text: LocalizedText) => text[locale];
  return (
    <fieldset
      className={`field action-choice${error ? ' field-invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {catalogue.sections.map((section) => {
        const ofSection = actions.filter((a) => a.section === section.number);
        if (ofSection.length === 0) return null;
        return (
          <fieldset key={section.number} className="action-choice-section">
            <legend>
              {section.number}. {title(section.title)}
            </legend>
            <ul>
              {ofSection.map((a) => (
                <li key={a.code}>
                  <label>
                    <input
                      type="checkbox"
                      value={a.code}
                      checked={chosen.has(a.code)}
                      onChange={(e) => toggle(a.code, e.target.checked)}
                    />{' '}
                    <span className="action-code">{a.code}</span> {title(a.title)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
