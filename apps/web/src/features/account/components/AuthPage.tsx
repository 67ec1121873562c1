import { type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInDocument, SignUpDocument } from '../../../generated/graphql';
import { Field, FormActions, useDocumentTitle, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';
import { useRuleMessage, type FormProblems } from '../../../lib/rules';
import { checkAuthForm, PASSWORD_MIN_LENGTH, type AuthForm } from '../utils/validation';

/** /connexion — sign in, or create an account; then back to the page the user came from. */
export default function AuthPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.title'));
  return (
    <div className="container page">
      <h1>{t('auth.title')}</h1>
      <div className="two-columns">
        <AuthForm mode="signIn" />
        <AuthForm mode="signUp" />
      </div>
    </div>
  );
}

function AuthForm({ mode }: { mode: 'signIn' | 'signUp' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const signUp = mode === 'signUp';
  const form = useFormFields<AuthForm, FormProblems<AuthForm>>(
    { displayName: '', email: '', password: '' },
    (v) => checkAuthForm(v, signUp),
    useRuleMessage(),
  );
  const { values } = form;
  const { pending, error, submit } = useSubmit();
  const runSignIn = useMutation(SignInDocument);
  const runSignUp = useMutation(SignUpDocument);
  const change = (name: keyof typeof values) => (e: { target: { value: string } }) => form.set(name, e.target.value);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await submit(async () => {
      // The answer is the signed-in user: the cache puts it in `me` (lib/graphql/cache.ts).
      if (signUp) await runSignUp({ input: { ...values, email: values.email.trim() } });
      else await runSignIn({ input: { email: values.email.trim(), password: values.password } });
      // After a sign-up, the page the person came from says what to do next (Layout's welcome notice).
      void navigate(from, { replace: true, state: signUp ? { welcome: true } : undefined });
    });
  }

  const idPrefix = signUp ? 'sign-up' : 'sign-in';
  return (
    <section className="card" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{t(`auth.${mode}.title`)}</h2>
      <form noValidate onSubmit={onSubmit} className="form" data-testid={`${idPrefix}-form`}>
        {signUp && (
          <Field label={t('auth.displayName')} error={form.error('displayName')} hint={t('auth.displayNameHint')}>
            <input
              type="text"
              autoComplete="name"
              value={values.displayName}
              onChange={change('displayName')}
              required
            />
          </Field>
        )}
        <Field label={t('auth.email')} error={form.error('email')}>
          <input type="email" autoComplete="email" value={values.email} onChange={change('email')} required />
        </Field>
        <Field
          label={t('auth.password')}
          error={form.error('password')}
          hint={signUp ? t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH }) : undefined}
        >
          <input
            type="password"
            autoComplete={signUp ? 'new-password' : 'current-password'}
            value={values.password}
            onChange={change('password')}
            required
          />
        </Field>
        <FormActions submitLabel={t(`auth.${mode}.submit`)} pending={pending} error={error} />
        {!signUp && (
          <p>
            <Link to={paths.forgotPassword}>{t('auth.forgot.link')}</Link>
          </p>
        )}
      </form>
    </section>
  );
}
