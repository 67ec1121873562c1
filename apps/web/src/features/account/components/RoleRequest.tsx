import { ROLE_LABELS } from '../utils/labels';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { RequestRoleDocument } from '../../../generated/graphql';
import { roleRequestSchema } from '@pacte/pact';
import { Field, FormError, useSubmit } from '../../../components/ui';
import { formProblems, useRuleMessage } from '../../../lib/rules';
import { useMutation } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useSession } from '../hooks/useSession';
import { abilitiesOn, grantsOn, REQUESTABLE_ROLES, type CollectivityRole } from '../utils/roles';
import { PendingRoleRequests } from './PendingRoleRequests';

/** On a collectivity page: the user's roles there, or a form to ask for one (decided by its members or an admin). */
export function RoleRequest({ collectivityId, name }: { collectivityId: string; name: string }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const [role, setRole] = useState<CollectivityRole>('IT_MANAGER');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const ruleMessage = useRuleMessage();
  const { pending, error, submit } = useSubmit();
  const runRequestRole = useMutation(RequestRoleDocument);
  if (me === undefined) return null;
  if (me === null) {
    return (
      <p className="muted">
        <Link to="/connexion" state={{ from: location.pathname }}>
          {t('role.signInToContribute')}
        </Link>
      </p>
    );
  }
  const grants = grantsOn(me, collectivityId);
  if (grants.length > 0) {
    return (
      <>
        <ul className="role-list" data-testid="my-roles">
          {grants.map((g) => (
            <li key={g.id}>
              {t(g.status === 'ACTIVE' ? 'role.held' : 'role.requested', {
                role: ROLE_LABELS[g.role]?.[locale] ?? g.role,
                name,
              })}
            </li>
          ))}
        </ul>
        {abilitiesOn(me, collectivityId).decideRoles && <PendingRoleRequests collectivityId={collectivityId} />}
      </>
    );
  }
  const input = { role, collectivityId, reason };
  const problem = formProblems<typeof input>(roleRequestSchema, input).reason;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (pending || problem) return;
    await submit(async () => {
      await runRequestRole({ input: { ...input, reason: reason.trim() } });
    });
  }
  return (
    <section className="card role-request" aria-labelledby="role-request-heading">
      <h2 id="role-request-heading">{t('role.title')}</h2>
      <p>{t('role.intro', { name })}</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <Field label={t('role.label')}>
          <select value={role} onChange={(e) => setRole(e.target.value as CollectivityRole)}>
            {REQUESTABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r][locale]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('role.reason')}
          hint={t('role.reasonHint')}
          error={tried && problem ? ruleMessage(problem) : null}
        >
          <textarea value={reason} rows={3} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={pending}>
          {t('role.submit')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
