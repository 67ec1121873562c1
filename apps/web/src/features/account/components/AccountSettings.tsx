import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  ChangePasswordDocument,
  DeleteMyAccountDocument,
  RequestEmailChangeDocument,
  UpdateMyAccountDocument,
} from '../../../generated/graphql';
import { Field, FormActions, FormError, useFormFields, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { paths } from '../../../lib/routes';
import { useRuleMessage } from '../../../lib/rules';
import {
  checkDeletionForm,
  checkEmailChangeForm,
  checkNameForm,
  checkPasswordChangeForm,
  PASSWORD_MIN_LENGTH,
} from '../utils/validation';

/** One titled block of the account page. */
function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The self-service part of /mon-compte: the name shown, the e-mail address (changed once the link sent to the new
 * one is opened), the password (the current one first), my data as a JSON file, and deleting the account (the
 * address typed again, and the password). Each form is checked by the rulebook's schema the API applies.
 */
export function AccountSettings({ displayName, email }: { displayName: string; email: string }) {
  const { t } = useI18n();
  return (
    <>
      <Block id="account-name" title={t('account.name.title')}>
        <NameForm displayName={displayName} />
      </Block>
      <Block id="account-email" title={t('account.email.title')}>
        <EmailForm email={email} />
      </Block>
      <Block id="account-password" title={t('account.password.title')}>
        <PasswordForm />
      </Block>
      <Block id="account-data" title={t('account.data.title')}>
        <MyData />
      </Block>
      <Block id="account-delete" title={t('account.delete.title')}>
        <DeleteAccount email={email} />
      </Block>
    </>
  );
}

function NameForm({ displayName }: { displayName: string }) {
  const { t } = useI18n();
  const form = useFormFields({ displayName }, checkNameForm, useRuleMessage());
  const { pending, error, done, submit } = useSubmit();
  const run = useMutation(UpdateMyAccountDocument);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    await submit(async () => void (await run({ input: { displayName: form.values.displayName.trim() } })));
  }
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('account.name.title')}>
      <Field label={t('account.name.label')} error={form.error('displayName')}>
        <input
          type="text"
          autoComplete="name"
          value={form.values.displayName}
          onChange={(e) => form.set('displayName', e.target.value)}
          required
        />
      </Field>
      <FormActions submitLabel={t('account.name.submit')} pending={pending} error={error} done={done} />
    </form>
  );
}

function EmailForm({ email }: { email: string }) {
  const { t } = useI18n();
  const form = useFormFields({ newEmail: '', currentPassword: '' }, checkEmailChangeForm, useRuleMessage());
  const { pending, error, done, submit } = useSubmit();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const run = useMutation(RequestEmailChangeDocument);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const newEmail = form.values.newEmail.trim();
    const ok = await submit(
      async () => void (await run({ input: { newEmail, currentPassword: form.values.currentPassword } })),
    );
    if (ok) {
      setSentTo(newEmail);
      form.reset();
    }
  }
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('account.email.title')}>
      <p>{t('account.email.current', { email })}</p>
      <Field label={t('account.email.new')} hint={t('account.email.hint')} error={form.error('newEmail')}>
        <input
          type="email"
          autoComplete="email"
          value={form.values.newEmail}
          onChange={(e) => form.set('newEmail', e.target.value)}
          required
        />
      </Field>
      <Field label={t('account.currentPassword')} error={form.error('currentPassword')}>
        <input
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={(e) => form.set('currentPassword', e.target.value)}
        />
      </Field>
      <FormActions
        submitLabel={t('account.email.submit')}
        pending={pending}
        error={error}
        done={done}
        doneLabel={sentTo ? t('account.email.sent', { email: sentTo }) : undefined}
      />
    </form>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const form = useFormFields(
    { currentPassword: '', newPassword: '', confirmation: '' },
    checkPasswordChangeForm,
    useRuleMessage(),
  );
  const { pending, error, done, submit } = useSubmit();
  const run = useMutation(ChangePasswordDocument);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const { currentPassword, newPassword } = form.values;
    if (await submit(async () => void (await run({ input: { currentPassword, newPassword } })))) form.reset();
  }
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('account.password.title')}>
      <Field label={t('account.currentPassword')} error={form.error('currentPassword')}>
        <input
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={(e) => form.set('currentPassword', e.target.value)}
          required
        />
      </Field>
      <Field
        label={t('account.password.new')}
        hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        error={form.error('newPassword')}
      >
        <input
          type="password"
          autoComplete="new-password"
          value={form.values.newPassword}
          onChange={(e) => form.set('newPassword', e.target.value)}
          required
        />
      </Field>
      <Field label={t('account.password.confirmation')} error={form.error('confirmation')}>
        <input
          type="password"
          autoComplete="new-password"
          value={form.values.confirmation}
          onChange={(e) => form.set('confirmation', e.target.value)}
          required
        />
      </Field>
      <FormActions
        submitLabel={t('account.password.submit')}
        pending={pending}
        error={error}
        done={done}
        doneLabel={t('account.password.done')}
      />
    </form>
  );
}

/** Asks the API for my data (myPersonalData) and hands it to the browser as a JSON file. */
function MyData() {
  const { t } = useI18n();
  const { pending, error, done, submit } = useSubmit();
  async function download() {
    if (pending) return;
    await submit(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ myPersonalData }' }),
      });
      const body = (await response.json()) as { data?: { myPersonalData: unknown }; errors?: unknown[] };
      if (!body.data) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(body.data.myPersonalData, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = 'mes-donnees-pacte-logiciel-libre.json';
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    });
  }
  return (
    <>
      <p>{t('account.data.intro')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={pending}
          onClick={() => void download()}
        >
          {t('account.data.download')}
        </button>
        <span role="status" className="muted">
          {done ? t('account.data.done') : ''}
        </span>
      </div>
      <FormError error={error} />
    </>
  );
}

function DeleteAccount({ email }: { email: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useFormFields({ confirmation: '', password: '' }, checkDeletionForm, useRuleMessage());
  const { pending, error, submit } = useSubmit();
  const run = useMutation(DeleteMyAccountDocument);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (pending || !form.validate()) return;
    const input = { confirmation: form.values.confirmation.trim(), password: form.values.password };
    if (await submit(async () => void (await run({ input })))) void navigate(paths.home, { replace: true });
  }
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={t('account.delete.title')}>
      <p>{t('account.delete.intro')}</p>
      <Field label={t('account.delete.confirmation', { email })} error={form.error('confirmation')}>
        <input
          type="email"
          autoComplete="off"
          value={form.values.confirmation}
          onChange={(e) => form.set('confirmation', e.target.value)}
          required
        />
      </Field>
      <Field label={t('account.currentPassword')} error={form.error('password')}>
        <input
          type="password"
          autoComplete="current-password"
          value={form.values.password}
          onChange={(e) => form.set('password', e.target.value)}
        />
      </Field>
      <FormActions submitLabel={t('account.delete.submit')} pending={pending} error={error} />
    </form>
  );
}
