import { PROGRESS_STATUSES, PROGRESS_STATUS_LABELS, requiresJustification, type ProgressStatus } from '@pacte/pact';
import { type FormEvent } from 'react';
import { UpdateActionProgressDocument } from '../../../generated/graphql';
import {
  ConflictNotice,
  conflictOf,
  Field,
  FormActions,
  useFormFields,
  useSubmit,
  withoutConflict,
} from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useRuleMessage } from '../../../lib/rules';
import { useEditing } from '../hooks/useEditing';
import { checkProgressForm, progressInput, type ProgressForm } from '../utils/validation';

/** The action as the editing forms receive it. */
export interface EditedAction {
  actionCode: string;
  status: ProgressStatus;
  progress?: number | null;
  progressOverridden: boolean;
  targetDate?: string | null;
  justification?: string | null;
  /** The version read (0 while never touched), sent back with the edit. */
  version: number;
}

/** The form's values for an action as the API returns it. */
function progressForm(action: Omit<EditedAction, 'actionCode' | 'version'>): ProgressForm {
  return {
    status: action.status,
    progress: action.progressOverridden && action.progress != null ? String(action.progress) : '',
    targetDate: action.targetDate ?? '',
    justification: action.justification ?? '',
  };
}

/** Status, optional %, target date and justification (required for NOT_APPLICABLE and ABANDONED). */
export function ProgressEditor({ action }: { action: EditedAction }) {
  const { t, locale } = useI18n();
  const { commitmentId, reload } = useEditing();
  const form = useFormFields(() => progressForm(action), checkProgressForm, useRuleMessage());
  const { values, set } = form;
  const { pending, error, done, submit, dismissError } = useSubmit();
  const runUpdateActionProgress = useMutation(UpdateActionProgressDocument);
  const needsJustification = requiresJustification(values.status);

  /** Sends the form, naming the version it applies to: the one read, or the current one to re-apply over it. */
  async function send(expectedVersion: number) {
    await submit(async () => {
      await runUpdateActionProgress({
        input: { ...progressInput(commitmentId, action.actionCode, values), expectedVersion },
      });
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await send(action.version);
  }

  function currentFields(current: Record<string, unknown>): [string, string][] {
    const status = current.status as ProgressStatus;
    return [
      [t('edit.progress.status'), PROGRESS_STATUS_LABELS[status]?.[locale] ?? String(status)],
      [t('edit.progress.percent'), current.progress == null ? '—' : `${current.progress as number} %`],
      [t('edit.progress.targetDate'), (current.targetDate as string | null) ?? '—'],
      [t('edit.progress.justification'), (current.justification as string | null) ?? '—'],
    ];
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.progress.title')}>
      <h5>{t('edit.progress.title')}</h5>
      <Field label={t('edit.progress.status')}>
        <select value={values.status} onChange={(e) => set('status', e.target.value as ProgressStatus)}>
          {PROGRESS_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PROGRESS_STATUS_LABELS[s][locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('edit.progress.percent')} hint={t('edit.progress.percentHint')} error={form.error('progress')}>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={values.progress}
          onChange={(e) => set('progress', e.target.value)}
        />
      </Field>
      <Field label={t('edit.progress.targetDate')} error={form.error('targetDate')}>
        <input type="date" value={values.targetDate} onChange={(e) => set('targetDate', e.target.value)} />
      </Field>
      <Field
        label={needsJustification ? t('edit.progress.justificationRequired') : t('edit.progress.justification')}
        error={form.error('justification')}
      >
        <textarea
          rows={2}
          value={values.justification}
          required={needsJustification}
          onChange={(e) => set('justification', e.target.value)}
        />
      </Field>
      <ConflictNotice
        error={error}
        fields={currentFields}
        pending={pending}
        onReapply={(version) => void send(version)}
        onKeep={() => {
          // The form shows what is recorded now, not the change the person dropped.
          const current = conflictOf(error)?.current;
          if (current) form.reset(progressForm(current as unknown as EditedAction));
          dismissError();
          reload();
        }}
      />
      <FormActions
        submitLabel={t('edit.progress.submit')}
        pending={pending}
        error={withoutConflict(error)}
        done={done}
      />
    </form>
  );
}
