import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { SignInDocument, SignUpDocument } from '../../../generated/graphql';
import { Field, FormError, useDocumentTitle } from '../../../components/ui';
import { request } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../hooks/useSession';
import { checkEmail, checkPassword, checkRequired, PASSWORD_MIN_LENGTH, type FieldProblem } from '../utils/validation';

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
  const { setMe } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const signUp = mode === 'signUp';
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  const problems: Record<string, FieldProblem> = {
    displayName: signUp ? checkRequired(values.displayName) : null,
    email: checkEmail(values.email),
    password: checkPassword(values.password, signUp),
  };
  const shown = (name: string) => {
    const p = problems[name];
    return p && (touched[name] || submitted) ? t(`auth.problem.${p}`, { min: PASSWORD_MIN_LENGTH }) : null;
  };
  const change = (name: keyof typeof values) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: e.target.value }));
    setTouched((s) => ({ ...s, [name]: true }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    setSubmitted(true);
    if (Object.values(problems).some(Boolean)) return;
    setPending(true);
    setError(undefined);
    try {
      const me = signUp
        ? (await request(SignUpDocument, { input: { ...values, email: values.email.trim() } }, {})).signUp
        : (await request(SignInDocument, { input: { email: values.email.trim(), password: values.password } }, {}))
            .signIn;
      setMe(me);
      navigate(from, { replace: true });
    } catch (err) {
      setError(err);
      setPending(false);
    }
  }

  const idPrefix = signUp ? 'sign-up' : 'sign-in';
  return (
    <section className="card" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{t(`auth.${mode}.title`)}</h2>
      <form noValidate onSubmit={submit} className="form" data-testid={`${idPrefix}-form`}>
        {signUp && (
          <Field label={t('auth.displayName')} error={shown('displayName')} hint={t('auth.displayNameHint')}>
            <input
              type="text"
              autoComplete="name"
              value={values.displayName}
              onChange={change('displayName')}
              required
            />
          </Field>
        )}
        <Field label={t('auth.email')} error={shown('email')}>
          <input type="email" autoComplete="email" value={values.email} onChange={change('email')} required />
        </Field>
        <Field
          label={t('auth.password')}
          error={shown('password')}
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
        <FormError error={error} />
        <button type="submit" className="button" aria-disabled={pending}>
          {t(`auth.${mode}.submit`)}
        </button>
      </form>
    </section>
  );
}
