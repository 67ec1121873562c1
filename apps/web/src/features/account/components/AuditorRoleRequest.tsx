import { AUDIT_SCOPES, roleRequestSchema, type AuditScope } from '@pacte/pact';
import { useState, type FormEvent } from 'react';
import { RequestRoleDocument } from '../../../generated/graphql';
import { Field, FormError, useSubmit } from '../../../components/ui';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { formProblems, useRuleMessage } from '../../../lib/rules';
import { scopeText } from '../utils/scope';

interface AuditorGrant {
  id: string;
  role: string;
  status: string;
  auditScope?: AuditScope | null;
  auditScopeCode?: string | null;
  auditScopeName?: string | null;
}

interface AuditorForm {
  auditScope: AuditScope;
  auditScopeCode: string;
  reason: string;
}

/**
 * On the account page: an association asks for the auditor role on a territory (the whole country, a région or a
 * département), saying why; only the platform's administrators decide it (the desk; the API's RolesService.mayDecide),
 * and the form says so. Checked with the rulebook's schema of requestRole; shows the request once made, or the role
 * once held.
 */
export function AuditorRoleRequest({ roles }: { roles: readonly AuditorGrant[] }) {
  const { t } = useI18n();
  const ruleMessage = useRuleMessage();
  const [form, setForm] = useState<AuditorForm>({ auditScope: 'DEPARTEMENT', auditScopeCode: '', reason: '' });
  const [tried, setTried] = useState(false);
  const { pending, error, submit } = useSubmit();
  const runRequestRole = useMutation(RequestRoleDocument);
  const where = (g: AuditorGrant) => scopeText(t, g);

  const open = roles.filter((g) => g.role === 'AUDITOR' && (g.status === 'ACTIVE' || g.status === 'REQUESTED'));
  const national = form.auditScope === 'NATIONAL';
  const input = {
    role: 'AUDITOR' as const,
    auditScope: form.auditScope,
    auditScopeCode: national ? null : form.auditScopeCode.trim().toUpperCase(),
    reason: form.reason,
  };
  const problems = formProblems<AuditorForm>(roleRequestSchema, input);
  if (!national && input.auditScopeCode === '') problems.auditScopeCode = 'REQUIRED';
  const shown = (field: keyof AuditorForm) => {
    const code = problems[field];
    return tried && code ? ruleMessage(code) : null;
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (pending || Object.values(problems).some(Boolean)) return;
    if (await submit(async () => void (await runRequestRole({ input: { ...input, reason: form.reason.trim() } })))) {
      setForm({ auditScope: 'DEPARTEMENT', auditScopeCode: '', reason: '' });
      setTried(false);
    }
  }

  return (
    <section className="section" aria-labelledby="auditor-request-heading" data-testid="auditor-request">
      <h2 id="auditor-request-heading">{t('auditor.title')}</h2>
      {open.length > 0 && (
        <ul className="role-list">
          {open.map((g) => (
            <li key={g.id}>{t(g.status === 'ACTIVE' ? 'auditor.held' : 'auditor.requested', { where: where(g) })}</li>
          ))}
        </ul>
      )}
      <p>{t('auditor.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label={t('auditor.scope')}>
          <select
            value={form.auditScope}
            onChange={(e) => setForm({ ...form, auditScope: e.target.value as AuditScope })}
          >
            {AUDIT_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`auditor.scope.${scope}`)}
              </option>
            ))}
          </select>
        </Field>
        {!national && (
          <Field label={t('auditor.code')} hint={t('auditor.codeHint')} error={shown('auditScopeCode')}>
            <input
              value={form.auditScopeCode}
              maxLength={3}
              onChange={(e) => setForm({ ...form, auditScopeCode: e.target.value })}
            />
          </Field>
        )}
        <Field label={t('role.reason')} hint={t('role.reasonHint')} error={shown('reason')}>
          <textarea rows={3} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
        </Field>
        <FormError error={error} />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={pending}>
            {t('auditor.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
