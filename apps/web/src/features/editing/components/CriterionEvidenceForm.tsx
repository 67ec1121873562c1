import { criteriaTakingEvidence, criterionEvidenceKinds, findTnlCriterion } from '@pacte/pact';
import { useRef, type FormEvent } from 'react';
import { AddEvidenceDocument } from '../../../generated/graphql';
import { Field, FormActions, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { today, useRuleMessage } from '../../../lib/rules';
import { useEditing } from '../hooks/useEditing';
import { addEvidenceWithFile } from '../utils/upload';
import { checkEvidenceForm, evidenceInput, type EvidenceForm } from '../utils/validation';
import { EvidenceFields } from './EvidenceFields';

/**
 * Evidence filed under a label criterion (addEvidence with `criterionIds`, no action needed): the way to meet the
 * criteria that no pact action covers, such as those of data management. Only the criteria that such evidence can
 * meet are offered, and for each only the kinds it accepts (libs/pact `criteriaTakingEvidence`).
 */
export function CriterionEvidenceForm({ initialCriterionId }: { initialCriterionId?: string }) {
  const { t, locale } = useI18n();
  const { commitmentId, reload } = useEditing();
  const criteria = criteriaTakingEvidence();
  const firstId = initialCriterionId && findTnlCriterion(initialCriterionId) ? initialCriterionId : criteria[0].id;
  const initial = (): EvidenceForm => ({
    kind: criterionEvidenceKinds(findTnlCriterion(firstId)!)[0],
    date: today(),
    title: '',
    url: '',
    actionCodes: [],
    criterionIds: [firstId],
  });
  const form = useFormFields(initial, checkEvidenceForm, useRuleMessage());
  const { values, set } = form;
  const criterion = findTnlCriterion(values.criterionIds?.[0] ?? firstId)!;
  const kinds = criterionEvidenceKinds(criterion);
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, error, done, submit } = useSubmit();
  const runAddEvidence = useMutation(AddEvidenceDocument);

  function chooseCriterion(id: string) {
    set('criterionIds', [id]);
    const accepted = criterionEvidenceKinds(findTnlCriterion(id)!);
    if (!accepted.includes(values.kind)) set('kind', accepted[0]);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const file = fileInput.current?.files?.[0];
    const ok = await submit(async () => {
      const input = evidenceInput(commitmentId, values);
      if (file) {
        // A plain POST the cache cannot see: the section asks again for its data.
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
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('edit.criterionEvidence.title')}>
      <Field label={t('edit.criterionEvidence.criterion')} hint={t('edit.criterionEvidence.criterionHint')}>
        <select value={criterion.id} onChange={(e) => chooseCriterion(e.target.value)}>
          {criteria.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title[locale]}
            </option>
          ))}
        </select>
      </Field>
      <EvidenceFields values={values} set={set} error={(name) => form.error(name)} kinds={kinds} />
      <Field label={t('edit.evidence.file')} hint={t('edit.evidence.fileHint')}>
        <input type="file" ref={fileInput} accept=".pdf,.odt,.ods,.odp,.png,.jpg,.jpeg" />
      </Field>
      <FormActions submitLabel={t('edit.criterionEvidence.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
