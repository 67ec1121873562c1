import { useRef, type FormEvent } from 'react';
import { AddEvidenceDocument } from '../../../generated/graphql';
import { ActionChoice, Field, FormActions, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../hooks/useEditing';
import { addEvidenceWithFile } from '../utils/upload';
import { today, useRuleMessage } from '../../../lib/rules';
import { checkEvidenceForm, evidenceInput, type EvidenceForm } from '../utils/validation';
import { EvidenceFields } from './EvidenceFields';

/** Evidence for this action (and others of the commitment), with an optional file recorded with it. */
export function EvidenceEditor({ actionCode }: { actionCode: string }) {
  const { t } = useI18n();
  const { commitmentId, actionCodes, reload } = useEditing();
  const initial = (): EvidenceForm => ({
    kind: 'DOCUMENT',
    date: today(),
    title: '',
    url: '',
    actionCodes: [actionCode],
  });
  const form = useFormFields(initial, checkEvidenceForm, useRuleMessage());
  const { values, set } = form;
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, error, done, submit } = useSubmit();
  const runAddEvidence = useMutation(AddEvidenceDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const file = fileInput.current?.files?.[0];
    const ok = await submit(async () => {
      const input = evidenceInput(commitmentId, values);
      // With a file, the evidence and its file are recorded together: a refused file records nothing.
      if (file) {
        // A plain POST the cache cannot see: the page asks again for its data.
        await addEvidenceWithFile(input, file);
        reload();
      } else await runAddEvidence({ input });
    });
    if (ok) {
      form.reset();
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.evidence.title')}>
      <h5>{t('edit.evidence.title')}</h5>
      <EvidenceFields values={values} set={set} error={(name) => form.error(name)} />
      <ActionChoice
        legend={t('edit.evidence.actions')}
        hint={t('edit.evidence.actionsHint')}
        codes={actionCodes}
        value={values.actionCodes}
        onChange={(codes) => set('actionCodes', codes)}
        error={form.error('actionCodes')}
      />
      <Field label={t('edit.evidence.file')} hint={t('edit.evidence.fileHint')}>
        <input type="file" ref={fileInput} accept=".pdf,.odt,.ods,.odp,.png,.jpg,.jpeg" />
      </Field>
      <FormActions submitLabel={t('edit.evidence.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
