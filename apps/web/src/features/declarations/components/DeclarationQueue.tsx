import { useState } from 'react';
import { Link } from 'react-router';
import {
  DecideDeclarationDocument,
  DeskDeclarationsDocument,
  type DeskDeclarationsQuery,
} from '../../../generated/graphql';
import { ConfirmAction, Field, FormError } from '../../../components/ui';
import { useMutation, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { declaredPayload } from '../utils/declaration';

type Item = DeskDeclarationsQuery['reviewItems']['nodes'][number];

/**
 * The desk's queue of declared commitments in the moderator's territory: for each, the collectivity, what was
 * declared (the winning signing list, or the deliberation with its document), and accept / refuse, each after a
 * confirmation; refusing needs a reason, which the declarant reads.
 */
export function DeclarationQueue() {
  const { t } = useI18n();
  const { data } = useQuery(DeskDeclarationsDocument, {}, { keepPreviousData: true });
  const runDecide = useMutation(DecideDeclarationDocument);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState<string>();
  const [decided, setDecided] = useState(false);
  const items = data?.reviewItems.nodes ?? [];

  async function decide(itemId: string, accept: boolean, reason?: string): Promise<boolean> {
    if (pending) return false;
    setPending(itemId);
    setError(undefined);
    setDecided(false);
    try {
      await runDecide({ input: { itemId, accept, reason: reason?.trim() || null } });
      setDecided(true);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setPending(undefined);
    }
  }

  return (
    <section className="desk-section" aria-labelledby="desk-declarations" data-testid="desk-declarations">
      <h3 id="desk-declarations">{t('desk.declarations.title')}</h3>
      {items.length === 0 && <p className="muted">{t('desk.declarations.none')}</p>}
      <ul className="pending-roles">
        {items.map((item) => (
          <DeclarationEntry key={item.id} item={item} pending={pending === item.id} decide={decide} />
        ))}
      </ul>
      <p role="status" className="muted">
        {decided ? t('desk.declarations.decided') : ''}
      </p>
      <FormError error={error} />
    </section>
  );
}

function DeclarationEntry({
  item,
  pending,
  decide,
}: {
  item: Item;
  pending: boolean;
  decide: (itemId: string, accept: boolean, reason?: string) => Promise<boolean>;
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const [reason, setReason] = useState('');
  const c = item.collectivity;
  const payload = declaredPayload(item.payloadJson);
  const list =
    payload?.source === 'LIST_MAJORITY' ? c.candidateLists.find((l) => l.id === payload.candidateListId) : null;
  return (
    <li data-testid="declared-commitment">
      <p>
        <Link to={collectivityPath(c.kind, c.code)}>{c.name}</Link>{' '}
        <span className="muted">{t('desk.declarations.entry', { date: formatDateTime(item.createdAt) })}</span>
      </p>
      {payload?.source === 'LIST_MAJORITY' && (
        <p>
          {list
            ? t('desk.declarations.byList', { list: list.name, head: list.headOfList ?? t('common.notAvailable') })
            : t('desk.declarations.unknownList')}
        </p>
      )}
      {payload?.source === 'COUNCIL_DELIBERATION' && (
        <>
          <p>
            {t('desk.declarations.byDeliberation', {
              number: payload.deliberationNumber,
              date: formatDate(payload.deliberationDate),
            })}
          </p>
          {payload.documentUrl && (
            <p>
              <a href={payload.documentUrl} rel="noopener noreferrer nofollow" target="_blank">
                {t('desk.declarations.document')}
              </a>
            </p>
          )}
          {payload.document && (
            <p>
              <a href={`/declarations/${encodeURIComponent(item.id)}/document`}>{t('desk.declarations.file')}</a>
            </p>
          )}
        </>
      )}
      {payload?.note && (
        <blockquote className="role-reason">{t('desk.declarations.note', { note: payload.note })}</blockquote>
      )}
      {c.commitment && <p className="notice notice-warning">{t('desk.declarations.alreadyCommitted')}</p>}
      <div className="decision-buttons">
        <ConfirmAction
          label={t('desk.declarations.accept')}
          accessibleLabel={t('desk.declarations.acceptFor', { name: c.name })}
          question={t('desk.declarations.confirmAccept', { name: c.name })}
          pending={pending}
          onConfirm={() => decide(item.id, true)}
        />{' '}
        <ConfirmAction
          secondary
          label={t('desk.declarations.refuse')}
          accessibleLabel={t('desk.declarations.refuseFor', { name: c.name })}
          question={t('desk.declarations.confirmRefuse', { name: c.name })}
          pending={pending}
          canConfirm={reason.trim().length > 0}
          onConfirm={() => decide(item.id, false, reason)}
        >
          <Field label={t('desk.declarations.reason')}>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} />
          </Field>
        </ConfirmAction>
      </div>
    </li>
  );
}
