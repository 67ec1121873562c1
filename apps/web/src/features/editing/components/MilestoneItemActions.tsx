import { useState, type FormEvent } from 'react';
import { EditMilestoneDocument, WithdrawMilestoneDocument } from '../../../generated/graphql';
import { ConflictNotice, Field, FormActions, useFormFields, useSubmit, withoutConflict } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useRuleMessage } from '../../../lib/rules';
import { useEditing } from '../hooks/useEditing';
import { checkMilestoneEditForm, milestoneUpdateInput, type MilestoneEditForm } from '../utils/validation';
import { WithdrawAction } from './WithdrawAction';

export interface EditedMilestone {
  id: string;
  title: string;
  description?: string | null;
  date: string;
  reached: boolean;
  version: number;
}

/** "Modifier" and "Retirer" on a milestone, for those who may manage the collectivity's milestones. */
export function MilestoneItemActions({ milestone }: { milestone: EditedMilestone }) {
  const { t } = useI18n();
  const { abilities } = useEditing();
  const runWithdraw = useMutation(WithdrawMilestoneDocument);
  if (!abilities.manageMilestones) return null;
  return (
    <div className="record-actions">
      <details className="record-edit">
        <summary>
          {t('edit.modify')}
          <span className="visually-hidden"> : {milestone.title}</span>
        </summary>
        <MilestoneEditForm milestone={milestone} />
      </details>
      <WithdrawAction
        name={t('edit.milestone.withdrawName', { title: milestone.title })}
        question={t('edit.milestone.withdrawQuestion', { title: milestone.title })}
        confirmLabel={t('edit.milestone.withdrawConfirm')}
        withdraw={async (reason) => {
          await runWithdraw({ input: { milestoneId: milestone.id, reason, expectedVersion: milestone.version } });
        }}
      />
    </div>
  );
}

function MilestoneEditForm({ milestone }: { milestone: EditedMilestone }) {
  const { t } = useI18n();
  const { reload } = useEditing();
  const form = useFormFields<MilestoneEditForm, ReturnType<typeof checkMilestoneEditForm>>(
    () => ({ title: milestone.title, date: milestone.date, description: milestone.description ?? '' }),
    checkMilestoneEditForm,
    useRuleMessage(),
  );
  const { values, set } = form;
  const { pending, error, done, submit, dismissError } = useSubmit();
  const runUpdate = useMutation(EditMilestoneDocument);
  const [version] = useState(milestone.version);

  async function send(expectedVersion: number) {
    await submit(async () => {
      await runUpdate({ input: milestoneUpdateInput(milestone.id, values, expectedVersion) });
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await send(version);
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.milestone.editTitle')}>
      <Field label={t('edit.milestone.name')} error={form.error('title')}>
        <input type="text" value={values.title} onChange={(e) => set('title', e.target.value)} required />
      </Field>
      <Field label={t('edit.milestone.date')} error={form.error('date')}>
        <input type="date" value={values.date} onChange={(e) => set('date', e.target.value)} required />
      </Field>
      <Field label={t('edit.milestone.description')} error={form.error('description')}>
        <textarea rows={2} value={values.description} onChange={(e) => set('description', e.target.value)} />
      </Field>
      <ConflictNotice
        error={error}
        fields={(current) => [
          [t('edit.milestone.name'), String(current.title)],
          [t('edit.milestone.date'), String(current.date)],
        ]}
        pending={pending}
        onReapply={(v) => void send(v)}
        onKeep={() => (dismissError(), reload())}
      />
      <FormActions
        submitLabel={t('edit.milestone.editSubmit')}
        pending={pending}
        error={withoutConflict(error)}
        done={done}
      />
    </form>
  );
}
