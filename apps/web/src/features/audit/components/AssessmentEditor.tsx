import { assessmentSchema, type AssessmentVerdict } from '@pacte/pact';
import { type FormEvent } from 'react';
import { RecordAssessmentDocument } from '../../../generated/graphql';
import { Field, FormActions, useFormFields, useSubmit } from '../../../components/ui';
import { VerdictFields } from './VerdictFields';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../../editing';
import { formProblems, today, useRuleMessage, type FormProblems } from '../../../lib/rules';

interface AssessmentForm {
  verdict: AssessmentVerdict;
  justification: string;
  association: string;
  date: string;
}

const EMPTY: AssessmentForm = { verdict: 'KEPT', justification: '', association: '', date: '' };

/** The input of recordAssessment from the form (texts trimmed; no association, no date: none, today). */
function assessmentInput(commitmentId: string, actionCode: string, f: AssessmentForm) {
  return {
    commitmentId,
    actionCode,
    verdict: f.verdict,
    justification: f.justification.trim(),
    ...(f.association.trim() ? { association: f.association.trim() } : {}),
    ...(f.date ? { date: f.date } : {}),
  };
}

/** The rulebook's recordAssessment schema, as of today (Europe/Paris). */
function checkAssessmentForm(f: AssessmentForm): FormProblems<AssessmentForm> {
  const input = assessmentInput('00000000-0000-4000-8000-000000000000', '1.1', f);
  return formProblems<AssessmentForm>(assessmentSchema({ today: today() }), input);
}

/** An auditor's verdict on one action; it replaces the same auditor's previous one, which the API keeps. */
export function AssessmentEditor({ actionCode }: { actionCode: string }) {
  const { t } = useI18n();
  const { commitmentId } = useEditing();
  const form = useFormFields(EMPTY, checkAssessmentForm, useRuleMessage());
  const { values, set } = form;
  const { pending, error, done, submit } = useSubmit();
  const runRecordAssessment = useMutation(RecordAssessmentDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await submit(async () => {
      await runRecordAssessment({
        input: {
          ...assessmentInput(commitmentId, actionCode, values),
        },
      });
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('audit.form.title')}>
      <h5>{t('audit.form.title')}</h5>
      <VerdictFields form={form} />
      <Field label={t('audit.form.date')} error={form.error('date')}>
        <input type="date" value={values.date} max={today()} onChange={(e) => set('date', e.target.value)} />
      </Field>
      <FormActions submitLabel={t('audit.form.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
