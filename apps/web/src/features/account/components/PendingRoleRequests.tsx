import { useState } from 'react';
import { Link } from 'react-router';
import {
  DecideRoleRequestDocument,
  PendingRoleRequestsDocument,
  type PendingRoleRequestsQuery,
} from '../../../generated/graphql';
import { ConfirmAction, FormError } from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { ROLE_LABELS } from '../utils/labels';
import { scopeText } from '../utils/scope';

type Request = PendingRoleRequestsQuery['pendingRoleRequests'][number];

/**
 * The role requests waiting for the caller's decision: on a collectivity page, that collectivity's (for its elected
 * official or IT manager); without `collectivityId`, every request the caller may decide (the campaign desk). Each
 * shows who asks (name, e-mail domain, never the address), why, and asks for a confirmation before deciding.
 */
export function PendingRoleRequests({ collectivityId }: { collectivityId?: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const everywhere = collectivityId === undefined;
  const { data } = useQuery(
    PendingRoleRequestsDocument,
    { collectivityId: collectivityId ?? null },
    { keepPreviousData: true },
  );
  const runDecideRoleRequest = useMutation(DecideRoleRequestDocument);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState<string>();
  const [decided, setDecided] = useState(false);
  const requests = data?.pendingRoleRequests ?? [];
  if (requests.length === 0 && !error && !everywhere) return null;

  async function decide(grantId: string, approve: boolean): Promise<boolean> {
    if (pending) return false;
    setPending(grantId);
    setError(undefined);
    setDecided(false);
    try {
      await runDecideRoleRequest({ input: { grantId, approve } });
      setDecided(true);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setPending(undefined);
    }
  }

  const whereText = (r: Request) =>
    r.collectivity ? r.collectivity.name : r.auditScope ? scopeText(t, r) : t('account.scope.platform');
  const Heading = everywhere ? 'h3' : 'h2';

  return (
    <section
      className={everywhere ? 'desk-section' : 'card'}
      aria-labelledby="pending-roles-heading"
      data-testid="pending-role-requests"
    >
      <Heading id="pending-roles-heading">{t('role.pending.title')}</Heading>
      {requests.length === 0 && <p className="muted">{t('role.pending.none')}</p>}
      <ul className="pending-roles">
        {requests.map((r) => {
          const name = r.requesterName ?? t('role.pending.erased');
          const role = ROLE_LABELS[r.role]?.[locale] ?? r.role;
          const where = whereText(r);
          return (
            <li key={r.id} data-testid="pending-role-request">
              <p>
                {t('role.pending.entry', { name, role, date: formatDateTime(r.requestedAt) })}
                {everywhere && (
                  <>
                    {' '}
                    {r.collectivity ? (
                      <Link to={collectivityPath(r.collectivity.kind, r.collectivity.code)}>
                        {t('role.pending.on', { where })}
                      </Link>
                    ) : (
                      t('role.pending.on', { where })
                    )}
                  </>
                )}
                .{' '}
                {r.requesterEmailDomain && (
                  <span className="muted">{t('role.pending.domain', { domain: r.requesterEmailDomain })}</span>
                )}
              </p>
              {r.reason && (
                <blockquote className="role-reason">{t('role.pending.why', { reason: r.reason })}</blockquote>
              )}
              <div className="decision-buttons">
                <ConfirmAction
                  label={t('role.pending.approve')}
                  accessibleLabel={t('role.pending.approveFor', { name })}
                  question={t('role.pending.confirmApprove', { name, role, where })}
                  pending={pending === r.id}
                  onConfirm={() => decide(r.id, true)}
                />{' '}
                <ConfirmAction
                  secondary
                  label={t('role.pending.refuse')}
                  accessibleLabel={t('role.pending.refuseFor', { name })}
                  question={t('role.pending.confirmRefuse', { name, role, where })}
                  pending={pending === r.id}
                  onConfirm={() => decide(r.id, false)}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" className="muted">
        {decided ? t('role.pending.decided') : ''}
      </p>
      <FormError error={error} />
    </section>
  );
}
