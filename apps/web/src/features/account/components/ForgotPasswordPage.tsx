import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../../../generated/graphql';
import { Field, FormActions, useDocumentTitle, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';
import { useRuleMessage } from '../../../lib/rules';
import { checkEmailForm } from '../utils/validation';

/**
 * /mot-de-passe-oublie — asks the API to e-mail a reset link. The answer is the same whether an account uses the
 * address or not (the API does not tell either), so the page says the same neutral sentence every time.
 */
export default function ForgotPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.forgot.title'));
  const form = useFormFields({ email: '' }, checkEmailForm, useRuleMessage());
  const { pending, error, submit } = useSubmit();
  const runRequestPasswordReset = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const email = form.values.email.trim();
    setSentTo(undefined);
    const ok = await submit(async () => {
      await runRequestPasswordReset({ email });
    });
    if (ok) setSentTo(email);
  }

  return (
    <div className="container page">
      <h1>{t('auth.forgot.title')}</h1>
      <div className="card narrow">
        <p>{t('auth.forgot.intro')}</p>
        <form noValidate onSubmit={onSubmit} className="form" data-testid="forgot-password-form">
          <Field label={t('auth.email')} error={form.error('email')}>
            <input
              type="email"
              autoComplete="email"
              value={form.values.email}
              onChange={(e) => form.set('email', e.target.value)}
              required
            />
          </Field>
          <FormActions submitLabel={t('auth.forgot.submit')} pending={pending} error={error} />
        </form>
        <p role="status" className={sentTo ? 'notice' : undefined}>
          {sentTo ? t('auth.forgot.sent', { email: sentTo }) : ''}
        </p>
        <p>
          <Link to={paths.signIn}>{t('auth.forgot.back')}</Link>
        </p>
      </div>
    </div>
  );
}
