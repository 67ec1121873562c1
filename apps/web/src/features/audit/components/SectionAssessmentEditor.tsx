import { sectionAssessmentSchema, type AssessmentVerdict } from '@pacte/pact';
import { type FormEvent } from 'react';
import { RecordSectionAssessmentDocument } from '../../../generated/graphql';
import { FormActions, useFormFields, useSubmit } from '../../../components/ui';
import { VerdictFields } from './VerdictFields';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../../editing';
import { formProblems, today, useRuleMessage, type FormProblems } from '../../../lib/rules';

interface SectionVerdictForm {
  verdict: AssessmentVerdict;
  justification: string;
  association: string;
}

const EMPTY: SectionVerdictForm = { verdict: 'KEPT', justification: '', association: '' };

function sectionVerdictInput(commitmentId: string, section: number, f: SectionVerdictForm) {
  return {
    commitmentId,
    section,
    verdict: f.verdict,
    justification: f.justification.trim(),
    ...(f.association.trim() ? { association: f.association.trim() } : {}),
  };
}

function checkForm(f: SectionVerdictForm): FormProblems<SectionVerdictForm> {
  const input = sectionVerdictInput('00000000-0000-4000-8000-000000000000', 1, f);
  return formProblems<SectionVerdictForm>(sectionAssessmentSchema({ today: today() }), input);
}

/** An auditor's verdict on one section of the pact as a whole; it replaces their previous one, which the API keeps. */
export function SectionAssessmentEditor({ section }: { section: number }) {
  const { t } = useI18n();
  const { commitmentId } = useEditing();
  const form = useFormFields(EMPTY, checkForm, useRuleMessage());
  const { values } = form;
  const { pending, error, done, submit } = useSubmit();
  const run = useMutation(RecordSectionAssessmentDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await submit(async () => {
      await run({ input: sectionVerdictInput(commitmentId, section, values) });
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('sections.audit.form', { number: section })}>
      <VerdictFields form={form} />
      <FormActions submitLabel={t('sections.audit.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}
