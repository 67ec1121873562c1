import { useState } from 'react';
import { DecideRoleRequestDocument, PendingRoleRequestsDocument } from '../../../generated/graphql';
import { FormError } from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { ROLE_LABELS } from '../utils/labels';

/** For an elected official or IT manager of the collectivity: the role requests waiting for their decision. */
export function PendingRoleRequests({ collectivityId }: { collectivityId: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const { data } = useQuery(PendingRoleRequestsDocument, { collectivityId }, { keepPreviousData: true });
  const runDecideRoleRequest = useMutation(DecideRoleRequestDocument);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState<string>();
  const requests = data?.pendingRoleRequests ?? [];
  if (requests.length === 0 && !error) return null;

  async function decide(grantId: string, approve: boolean) {
    if (pending) return;
    setPending(grantId);
    setError(undefined);
    try {
      await runDecideRoleRequest({ input: { grantId, approve } });
    } catch (err) {
      setError(err);
    } finally {
      setPending(undefined);
    }
  }

  return (
    <section className="card" aria-labelledby="pending-roles-heading" data-testid="pending-role-requests">
      <h2 id="pending-roles-heading">{t('role.pending.title')}</h2>
      <ul className="pending-roles">
        {requests.map((r) => {
          const name = r.requesterName ?? t('role.pending.erased');
          return (
            <li key={r.id}>
              {t('role.pending.entry', {
                name,
                role: ROLE_LABELS[r.role]?.[locale] ?? r.role,
                date: formatDateTime(r.requestedAt),
              })}{' '}
              <button
                type="button"
                className="button"
                aria-disabled={pending === r.id}
                aria-label={t('role.pending.approveFor', { name })}
                onClick={() => void decide(r.id, true)}
              >
                {t('role.pending.approve')}
              </button>{' '}
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={pending === r.id}
                aria-label={t('role.pending.refuseFor', { name })}
                onClick={() => void decide(r.id, false)}
              >
                {t('role.pending.refuse')}
              </button>
            </li>
          );
        })}
      </ul>
      <FormError error={error} />
    </section>
  );
}
