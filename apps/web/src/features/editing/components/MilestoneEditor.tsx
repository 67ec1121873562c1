import { useState, type FormEvent } from 'react';
import { AddMilestoneDocument } from '../../../generated/graphql';
import { Field, FormError } from '../../../components/ui';
import { request } from '../../../lib/graphql';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';
import { useSubmit } from '../hooks/useSubmit';
import { checkMilestoneForm, type EditProblem, type MilestoneForm } from '../utils/validation';

const EMPTY: MilestoneForm = { title: '', date: '', reached: false };

/** A dated step of the action, planned or reached. */
export function MilestoneEditor({ actionCode }: { actionCode: string }) {
  const { t } = useI18n();
  const { commitmentId, onChanged } = useEditing();
  const [form, setForm] = useState<MilestoneForm>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<keyof MilestoneForm, boolean>>>({});
  const [tried, setTried] = useState(false);
  const { pending, error, done, submit } = useSubmit();
  const problems = checkMilestoneForm(form);
  const problem = (name: keyof MilestoneForm) => {
    const p: EditProblem | undefined = problems[name];
    return p && (touched[name] || tried) ? t(`edit.problem.${p}` as MessageKey) : null;
  };
  const set = <K extends keyof MilestoneForm>(name: K, value: MilestoneForm[K]) => {
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
        AddMilestoneDocument,
        { input: { commitmentId, actionCode, title: form.title.trim(), date: form.date, reached: form.reached } },
        {},
      );
    });
    if (ok) {
      setForm(EMPTY);
      setTouched({});
      setTried(false);
      onChanged();
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.milestone.title')}>
      <h5>{t('edit.milestone.title')}</h5>
      <Field label={t('edit.milestone.name')} error={problem('title')}>
        <input type="text" value={form.title} onChange={(e) => set('title', e.target.value)} required />
      </Field>
      <Field label={t('edit.milestone.date')} error={problem('date')}>
        <input type="date" value={form.date} onChange={(e) => set('date', e.target.value)} required />
      </Field>
      <div className="field field-check">
        <label>
          <input type="checkbox" checked={form.reached} onChange={(e) => set('reached', e.target.checked)} />{' '}
          {t('edit.milestone.reached')}
        </label>
      </div>
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={pending}>
          {t('edit.milestone.submit')}
        </button>
        <span role="status" className="muted">
          {done ? t('edit.saved') : ''}
        </span>
      </div>
    </form>
  );
}
