import { ASSESSMENT_VERDICTS, ASSESSMENT_VERDICT_LABELS, type AssessmentVerdict } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { RecordAssessmentDocument } from '../../../generated/graphql';
import { Field, FormError } from '../../../components/ui';
import { request } from '../../../lib/graphql';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useEditing } from '../../editing/hooks/useEditing';
import { useSubmit } from '../../editing/hooks/useSubmit';
import { checkDate, today } from '../../editing/utils/validation';

interface AssessmentForm {
  verdict: AssessmentVerdict;
  justification: string;
  association: string;
  date: string;
}

/** An auditor's verdict on one action; it replaces the same auditor's previous one, which the API keeps. */
export function AssessmentEditor({ actionCode }: { actionCode: string }) {
  const { t, locale } = useI18n();
  const { commitmentId, onChanged } = useEditing();
  const [form, setForm] = useState<AssessmentForm>({ verdict: 'KEPT', justification: '', association: '', date: '' });
  const [touched, setTouched] = useState<Partial<Record<keyof AssessmentForm, boolean>>>({});
  const [tried, setTried] = useState(false);
  const { pending, error, done, submit } = useSubmit();
  const problems: Partial<Record<keyof AssessmentForm, string | null>> = {
    justification: form.justification.trim() === '' ? 'required' : null,
    date: checkDate(form.date, false) ?? (form.date > today() ? 'future' : null),
  };
  const problem = (name: keyof AssessmentForm) => {
    const p = problems[name];
    return p && (touched[name] || tried) ? t(`edit.problem.${p}` as MessageKey) : null;
  };
  const set = <K extends keyof AssessmentForm>(name: K, value: AssessmentForm[K]) => {
    setForm((f) => ({ ...f, [name]: value }));
    setTouched((s) => ({ ...s, [name]: true }));
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const ok = await submit(async () => {
      await request(
        RecordAssessmentDocument,
        {
          input: {
            commitmentId,
            actionCode,
            verdict: form.verdict,
            justification: form.justification.trim(),
            ...(form.association.trim() ? { association: form.association.trim() } : {}),
            ...(form.date ? { date: form.date } : {}),
          },
        },
        {},
      );
    });
    if (ok) onChanged();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('audit.form.title')}>
      <h5>{t('audit.form.title')}</h5>
      <Field label={t('audit.form.verdict')}>
        <select value={form.verdict} onChange={(e) => set('verdict', e.target.value as AssessmentVerdict)}>
          {ASSESSMENT_VERDICTS.map((v) => (
            <option key={v} value={v}>
              {ASSESSMENT_VERDICT_LABELS[v][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('audit.form.justification')}
        hint={t('audit.form.justificationHint')}
        error={problem('justification')}
      >
        <textarea rows={3} value={form.justification} required onChange={(e) => set('justification', e.target.value)} />
      </Field>
      <Field label={t('audit.form.association')} hint={t('audit.form.associationHint')}>
        <input type="text" value={form.association} onChange={(e) => set('association', e.target.value)} />
      </Field>
      <Field label={t('audit.form.date')} error={problem('date')}>
        <input type="date" value={form.date} max={today()} onChange={(e) => set('date', e.target.value)} />
      </Field>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {t('audit.form.submit')}
        </button>
        <span role="status" className="muted">
          {done ? t('edit.saved') : ''}
        </span>
      </div>
    </form>
  );
}
