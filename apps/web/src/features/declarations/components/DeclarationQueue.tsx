import { Link } from 'react-router';
import { DeskDeclarationsDocument, type DeskDeclarationsQuery } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { ReviewDecision, ReviewQueue, type DecideReview } from '../../review';
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
  return (
    <ReviewQueue
      id="desk-declarations"
      testId="desk-declarations"
      title={t('desk.declarations.title')}
      none={t('desk.declarations.none')}
      decided={t('desk.declarations.decided')}
      items={data?.reviewItems.nodes ?? []}
      renderItem={(item, decide, pending) => (
        <DeclarationEntry key={item.id} item={item} pending={pending} decide={decide} />
      )}
    />
  );
}

function DeclarationEntry({ item, pending, decide }: { item: Item; pending: boolean; decide: DecideReview }) {
  const { t, formatDate, formatDateTime } = useI18n();
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
      {/* Who declared: the name they chose and their address's domain, never the address (as for role requests). */}
      <p data-testid="declared-by">
        {item.submitterName ? t('desk.declarations.by', { name: item.submitterName }) : t('desk.declarations.byErased')}
        {item.submitterEmailDomain && (
          <>
            {' '}
            <span className="muted">{t('role.pending.domain', { domain: item.submitterEmailDomain })}</span>
          </>
        )}
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
      <ReviewDecision
        pending={pending}
        texts={{
          accept: t('desk.declarations.accept'),
          acceptFor: t('desk.declarations.acceptFor', { name: c.name }),
          confirmAccept: t('desk.declarations.confirmAccept', { name: c.name }),
          refuse: t('desk.declarations.refuse'),
          refuseFor: t('desk.declarations.refuseFor', { name: c.name }),
          confirmRefuse: t('desk.declarations.confirmRefuse', { name: c.name }),
          reason: t('desk.declarations.reason'),
        }}
        onAccept={() => decide(item.id, { accept: true })}
        onRefuse={(reason) => decide(item.id, { accept: false, reason })}
      />
    </li>
  );
}
