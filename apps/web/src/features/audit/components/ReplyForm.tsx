import { assessmentReplySchema } from '@pacte/pact';
import { type FormEvent } from 'react';
import { ReplyToAssessmentDocument } from '../../../generated/graphql';
import { Field, FormActions, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { formProblems, useRuleMessage, type FormProblems } from '../../../lib/rules';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** The collectivity's answer to an assessment (public, signed with the author's role, never their name). */
export function ReplyForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useI18n();
  // A blank reply is REQUIRED here (the API answers REPLY_TEXT_REQUIRED for blanks it receives).
  const form = useFormFields<{ text: string }, FormProblems<{ text: string }>>(
    { text: '' },
    (f) => formProblems<{ text: string }>(assessmentReplySchema, { assessmentId: SOME_ID, text: f.text.trim() }),
    useRuleMessage(),
  );
  const text = form.values.text;
  const { pending, error, submit } = useSubmit();
  const runReplyToAssessment = useMutation(ReplyToAssessmentDocument);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const ok = await submit(async () => {
      await runReplyToAssessment({ input: { assessmentId, text: text.trim() } });
    });
    if (ok) {
      form.reset();
    }
  }

  return (
    <details className="reply">
      <summary>{t('audit.replyForm.open')}</summary>
      <form noValidate onSubmit={onSubmit} className="form" aria-label={t('audit.replyForm.open')}>
        <Field label={t('audit.replyForm.text')} hint={t('audit.replyForm.hint')} error={form.error('text')}>
          <textarea rows={2} value={text} required onChange={(e) => form.set('text', e.target.value)} />
        </Field>
        <FormActions submitLabel={t('audit.replyForm.submit')} pending={pending} error={error} />
      </form>
    </details>
  );
}
