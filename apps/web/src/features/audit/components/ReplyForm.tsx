import { useState, type FormEvent } from 'react';
import { ReplyToAssessmentDocument } from '../../../generated/graphql';
import { Field, FormError } from '../../../components/ui';
import { request } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useEditing } from '../../editing/hooks/useEditing';
import { useSubmit } from '../../editing/hooks/useSubmit';

/** The collectivity's answer to an assessment (public, signed with the author's role, never their name). */
export function ReplyForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useI18n();
  const { onChanged } = useEditing();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const { pending, error, submit } = useSubmit();
  const problem = text.trim() === '' && tried ? t('edit.problem.required') : null;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setTried(true);
    if (text.trim() === '') return;
    const ok = await submit(async () => {
      await request(ReplyToAssessmentDocument, { input: { assessmentId, text: text.trim() } }, {});
    });
    if (ok) {
      setText('');
      setTried(false);
      onChanged();
    }
  }

  return (
    <details className="reply">
      <summary>{t('audit.replyForm.open')}</summary>
      <form noValidate onSubmit={onSubmit} className="form" aria-label={t('audit.replyForm.open')}>
        <Field label={t('audit.replyForm.text')} hint={t('audit.replyForm.hint')} error={problem}>
          <textarea rows={2} value={text} required onChange={(e) => setText(e.target.value)} />
        </Field>
        <FormError error={error} />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {t('audit.replyForm.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
