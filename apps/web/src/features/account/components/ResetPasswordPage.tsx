import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../../../generated/graphql';
import { Field, FormActions, useDocumentTitle, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';
import { useRuleMessage } from '../../../lib/rules';
import { checkNewPassword, isResetToken, PASSWORD_MIN_LENGTH } from '../utils/validation';

/**
 * /reinitialiser-mot-de-passe?token=… — the page of the e-mailed link: a new password typed twice, checked as the
 * sign-up's, then sent with the token. The API signs the account out everywhere; the page then leads to sign in.
 */
export default function ResetPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const form = useFormFields({ password: '', confirmation: '' }, checkNewPassword, useRuleMessage());
  const { pending, error, submit } = useSubmit();
  const runResetPassword = useMutation(ResetPasswordDocument);
  const doneMessage = useRef<HTMLDivElement>(null);
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    // The form is gone: focus goes to what replaced it, so that it is read and the next step is one Tab away.
    if (changed) doneMessage.current?.focus();
  }, [changed]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !isResetToken(token) || !form.validate()) return;
    const ok = await submit(async () => {
      await runResetPassword({ input: { token, password: form.values.password } });
    });
    if (ok) {
      // Every session of the account was closed, this browser's too.
      setChanged(true);
    }
  }

  let body;
  if (changed) {
    body = (
      <div className="notice" ref={doneMessage} tabIndex={-1} data-testid="password-changed">
        <p className="notice-title">{t('auth.reset.done')}</p>
        <p>
          <Link to={paths.signIn} className="button">
            {t('auth.reset.signIn')}
          </Link>
        </p>
      </div>
    );
  } else if (!isResetToken(token)) {
    body = (
      <div className="notice notice-error">
        <p className="notice-title">{t('auth.reset.invalidLink')}</p>
        <p>
          <Link to={paths.forgotPassword}>{t('auth.reset.newLink')}</Link>
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <form noValidate onSubmit={onSubmit} className="form" data-testid="reset-password-form">
          <Field
            label={t('auth.reset.password')}
            hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            error={form.error('password')}
          >
            <input
              type="password"
              autoComplete="new-password"
              value={form.values.password}
              onChange={(e) => form.set('password', e.target.value)}
              required
            />
          </Field>
          <Field label={t('auth.reset.confirmation')} error={form.error('confirmation')}>
            <input
              type="password"
              autoComplete="new-password"
              value={form.values.confirmation}
              onChange={(e) => form.set('confirmation', e.target.value)}
              required
            />
          </Field>
          <FormActions submitLabel={t('auth.reset.submit')} pending={pending} error={error} />
        </form>
        {error !== undefined && (
          <p>
            <Link to={paths.forgotPassword}>{t('auth.reset.newLink')}</Link>
          </p>
        )}
      </>
    );
  }

  return (
    <div className="container page">
      <h1>{t('auth.reset.title')}</h1>
      <div className="card narrow">{body}</div>
    </div>
  );
}
