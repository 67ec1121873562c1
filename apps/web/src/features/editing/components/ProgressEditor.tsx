import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, type ProgressStatus } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { UpdateActionProgressDocument } from '../../../generated/graphql';
import { Field, FormError } from '../../../components/ui';
import { request } from '../../../lib/graphql';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';
import { useSubmit } from '../hooks/useSubmit';
import { checkProgressForm, progressInput, type EditProblem, type ProgressForm } from '../utils/validation';
import type { EditedAction } from './ActionEditor';

/** Status, optional %, target date and justification (required for NOT_APPLICABLE and ABANDONED). */
export function ProgressEditor({ action }: { action: EditedAction }) {
  const { t, locale } = useI18n();
  const { commitmentId, onChanged } = useEditing();
  const [form, setForm] = useState<ProgressForm>({
    status: action.status,
    progress: action.progressOverridden && action.progress != null ? String(action.progress) : '',
    targetDate: action.targetDate ?? '',
    justification: action.justification ?? '',
  });
  const [touched, setTouched] = useState<Partial<Record<keyof ProgressForm, boolean>>>({});
  const [tried, setTried] = useState(false);
  const { pending, error, done, submit } = useSubmit();
  const problems = checkProgressForm(form);
  const problem = (name: keyof ProgressForm) => {
    const p: EditProblem | undefined = problems[name];
    return p && (touched[name] || tried) ? t(`edit.problem.${p}` as MessageKey) : null;
  };
  const set = <K extends keyof ProgressForm>(name: K, value: ProgressForm[K]) => {
    setForm((f) => ({ ...f, [name]: value }));
    setTouched((s) => ({ ...s, [name]: true }));
  };
  const needsJustification = form.status === 'NOT_APPLICABLE' || form.status === 'ABANDONED';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const ok = await submit(async () => {
      await request(UpdateActionProgressDocument, { input: progressInput(commitmentId, action.actionCode, form) }, {});
    });
    if (ok) onChanged();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.progress.title')}>
      <h5>{t('edit.progress.title')}</h5>
      <Field label={t('edit.progress.status')}>
        <select value={form.status} onChange={(e) => set('status', e.target.value as ProgressStatus)}>
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PROGRESS_STATUS_LABELS[s][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('edit.progress.percent')} hint={t('edit.progress.percentHint')} error={problem('progress')}>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={form.progress}
          onChange={(e) => set('progress', e.target.value)}
        />
      </Field>
      <Field label={t('edit.progress.targetDate')} error={problem('targetDate')}>
        <input type="date" value={form.targetDate} onChange={(e) => set('targetDate', e.target.value)} />
      </Field>
      <Field
        label={needsJustification ? t('edit.progress.justificationRequired') : t('edit.progress.justification')}
        error={problem('justification')}
      >
        <textarea
          rows={2}
          value={form.justification}
          required={needsJustification}
          onChange={(e) => set('justification', e.target.value)}
        />
      </Field>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {t('edit.progress.submit')}
        </button>
        <span role="status" className="muted">
          {done ? t('edit.saved') : ''}
        </span>
      </div>
    </form>
  );
}
