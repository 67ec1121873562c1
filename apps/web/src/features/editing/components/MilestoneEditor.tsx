import { type FormEvent } from 'react';
import { AddMilestoneDocument } from '../../../generated/graphql';
import { CheckField, Field, FormActions, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useRuleMessage } from '../../../lib/rules';
import { useEditing } from '../hooks/useEditing';
import { checkMilestoneForm, type MilestoneForm } from '../utils/validation';

const EMPTY: MilestoneForm = { title: '', date: '', reached: false };

/** A dated step of the action, planned or reached. */
export function MilestoneEditor({ actionCode }: { actionCode: string }) {
  const { t } = useI18n();
  const { commitmentId } = useEditing();
  const form = useFormFields(EMPTY, checkMilestoneForm, useRuleMessage());
  const { values } = form;
  const { pending, error, done, submit } = useSubmit();
  const runAddMilestone = useMutation(AddMilestoneDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const ok = await submit(async () => {
      await runAddMilestone({
        input: { commitmentId, actionCode, title: values.title.trim(), date: values.date, reached: values.reached },
      });
    });
    if (ok) {
      form.reset();
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.milestone.title')}>
      <h5>{t('edit.milestone.title')}</h5>
      <Field label={t('edit.milestone.name')} error={form.error('title')}>
        <input type="text" value={values.title} onChange={(e) => form.set('title', e.target.value)} required />
      </Field>
      <Field label={t('edit.milestone.date')} error={form.error('date')}>
        <input type="date" value={values.date} onChange={(e) => form.set('date', e.target.value)} required />
      </Field>
      <CheckField
        label={t('edit.milestone.reached')}
        checked={values.reached}
        onChange={(checked) => form.set('reached', checked)}
      />
      <FormActions submitLabel={t('edit.milestone.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
