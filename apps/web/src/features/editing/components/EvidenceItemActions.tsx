import { useState, type FormEvent } from 'react';
import {
  UpdateEvidenceDocument,
  WithdrawEvidenceDocument,
  type EvidenceKind as ApiEvidenceKind,
} from '../../../generated/graphql';
import {
  ActionChoice,
  ConflictNotice,
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
import { checkEvidenceEditForm, evidenceUpdateInput, type EvidenceEditForm } from '../utils/validation';
import { EvidenceFields } from './EvidenceFields';
import { WithdrawAction } from './WithdrawAction';

export interface EditedEvidence {
  id: string;
  kind: ApiEvidenceKind;
  title: string;
  description?: string | null;
  date: string;
  url?: string | null;
  actionCodes: string[];
  /** The label criteria it is filed under: with one, it needs no action. */
  criterionIds?: string[] | null;
  version: number;
}

/** "Modifier" and "Retirer" on a piece of evidence, for those who may manage the collectivity's evidence. */
export function EvidenceItemActions({ evidence }: { evidence: EditedEvidence }) {
  const { t } = useI18n();
  const { abilities } = useEditing();
  const runWithdraw = useMutation(WithdrawEvidenceDocument);
  if (!abilities.manageEvidence) return null;
  return (
    <div className="record-actions">
      <details className="record-edit">
        <summary>
          {t('edit.modify')}
          <span className="visually-hidden"> : {evidence.title}</span>
        </summary>
        <EvidenceEditForm evidence={evidence} />
      </details>
      <WithdrawAction
        name={t('edit.evidence.withdrawName', { title: evidence.title })}
        question={t('edit.evidence.withdrawQuestion', { title: evidence.title })}
        confirmLabel={t('edit.evidence.withdrawConfirm')}
        withdraw={async (reason) => {
          await runWithdraw({ input: { evidenceId: evidence.id, reason, expectedVersion: evidence.version } });
        }}
      />
    </div>
  );
}

function EvidenceEditForm({ evidence }: { evidence: EditedEvidence }) {
  const { t } = useI18n();
  const { actionCodes, reload } = useEditing();
  const form = useFormFields<EvidenceEditForm, ReturnType<typeof checkEvidenceEditForm>>(
    () => ({
      kind: evidence.kind,
      title: evidence.title,
      date: evidence.date,
      url: evidence.url ?? '',
      description: evidence.description ?? '',
      actionCodes: evidence.actionCodes,
      criterionIds: evidence.criterionIds ?? [],
    }),
    checkEvidenceEditForm,
    useRuleMessage(),
  );
  const { values, set } = form;
  const { pending, error, done, submit, dismissError } = useSubmit();
  const runUpdate = useMutation(UpdateEvidenceDocument);
  // The version the form was opened on: a change made elsewhere since is a CONFLICT, not silently overwritten.
  const [version] = useState(evidence.version);

  async function send(expectedVersion: number) {
    await submit(async () => {
      await runUpdate({ input: evidenceUpdateInput(evidence.id, values, expectedVersion) });
    });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await send(version);
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.evidence.editTitle')}>
      <EvidenceFields values={values} set={set} error={(name) => form.error(name)} />
      <Field label={t('edit.evidence.description')} error={form.error('description')}>
        <textarea rows={2} value={values.description} onChange={(e) => set('description', e.target.value)} />
      </Field>
      <ActionChoice
        legend={t('edit.evidence.actions')}
        hint={evidence.criterionIds?.length ? t('edit.evidence.actionsOptional') : undefined}
        codes={actionCodes}
        value={values.actionCodes}
        onChange={(codes) => set('actionCodes', codes)}
        error={form.error('actionCodes')}
      />
      <ConflictNotice
        error={error}
        fields={(current) => [
          [t('edit.evidence.name'), String(current.title)],
          [t('edit.evidence.actions'), ((current.actionCodes as string[]) ?? []).join(', ')],
        ]}
        pending={pending}
        onReapply={(v) => void send(v)}
        onKeep={() => (dismissError(), reload())}
      />
      <FormActions
        submitLabel={t('edit.evidence.editSubmit')}
        pending={pending}
        error={withoutConflict(error)}
        done={done}
      />
    </form>
  );
}
