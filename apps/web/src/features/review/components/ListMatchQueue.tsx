import { useState } from 'react';
import { Link } from 'react-router';
import { DeskListMatchesDocument, type DeskListMatchesQuery } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath } from '../../../lib/routes';
import { listMatchPayload, NO_LIST } from '../utils/list-match';
import { ReviewDecision, ReviewQueue, type DecideReview } from './ReviewQueue';

type Item = DeskListMatchesQuery['reviewItems']['nodes'][number];

/**
 * The desk's queue of uncertain matches: a list of a Ministry file (results or candidatures) that may be a list of
 * its commune, but not certainly. The moderator reads the file's list (line, head of list, seats, outcome) and the
 * commune's lists it may be, and accepts one of them (or none: a list of its own), which applies the file's figures
 * to it (a signing list that won commits its commune), or refuses (the file's list is left out).
 */
export function ListMatchQueue() {
  const { t } = useI18n();
  const { data } = useQuery(DeskListMatchesDocument, {}, { keepPreviousData: true });
  return (
    <ReviewQueue
      id="desk-list-matches"
      testId="desk-list-matches"
      title={t('desk.matches.title')}
      none={t('desk.matches.none')}
      decided={t('desk.declarations.decided')}
      items={data?.reviewItems.nodes ?? []}
      renderItem={(item, decide, pending) => (
        <ListMatchEntry key={item.id} item={item} pending={pending} decide={decide} />
      )}
    />
  );
}

function ListMatchEntry({ item, pending, decide }: { item: Item; pending: boolean; decide: DecideReview }) {
  const { t, formatNumber } = useI18n();
  const [choice, setChoice] = useState<string>();
  const c = item.collectivity;
  const payload = listMatchPayload(item.payloadJson);
  const result = payload?.result;
  const number = (n: number | null | undefined) => (n == null ? t('common.notAvailable') : formatNumber(n));
  return (
    <li data-testid="list-match">
      <p>
        <Link to={collectivityPath(c.kind, c.code)}>{c.name}</Link>{' '}
        {payload && (
          <span className="muted">
            {payload.round
              ? t('desk.matches.sourceRound', {
                  file: payload.source.file,
                  line: payload.source.line,
                  round: payload.round,
                })
              : t('desk.matches.source', { file: payload.source.file, line: payload.source.line })}
          </span>
        )}
      </p>
      {!result ? (
        <p className="notice notice-warning">{t('desk.matches.unreadable')}</p>
      ) : (
        <>
          <p>
            {t('desk.matches.result', {
              list: result.listName,
              head: result.headOfList,
              panel: number(result.panel),
            })}
          </p>
          {payload.round && (
            <p>
              {t('desk.matches.figures', {
                votes: number(result.votes),
                seats: number(result.seats),
                communitySeats: number(result.communitySeats),
              })}{' '}
              {result.outcome && <strong>{t(`desk.matches.outcome.${result.outcome}`)}</strong>}
            </p>
          )}
          <fieldset>
            <legend>{t('desk.matches.choose', { list: result.listName })}</legend>
            {payload.candidates.map((candidate) => (
              <label key={candidate.candidateListId} className="radio">
                <input
                  type="radio"
                  name={`match-${item.id}`}
                  value={candidate.candidateListId}
                  checked={choice === candidate.candidateListId}
                  onChange={() => setChoice(candidate.candidateListId)}
                />{' '}
                {t('desk.matches.candidate', {
                  list: candidate.name,
                  head: candidate.headOfList ?? t('common.notAvailable'),
                })}
              </label>
            ))}
            <label className="radio">
              <input
                type="radio"
                name={`match-${item.id}`}
                value={NO_LIST}
                checked={choice === NO_LIST}
                onChange={() => setChoice(NO_LIST)}
              />{' '}
              {t('desk.matches.ownList')}
            </label>
          </fieldset>
        </>
      )}
      {c.commitment && <p className="notice notice-warning">{t('desk.declarations.alreadyCommitted')}</p>}
      <ReviewDecision
        pending={pending}
        canAccept={choice !== undefined}
        texts={{
          accept: t('desk.matches.accept'),
          acceptFor: t('desk.matches.acceptFor', { name: c.name, list: result?.listName ?? '' }),
          confirmAccept:
            choice === undefined ? t('desk.matches.chooseFirst') : t('desk.matches.confirmAccept', { name: c.name }),
          refuse: t('desk.declarations.refuse'),
          refuseFor: t('desk.matches.refuseFor', { name: c.name, list: result?.listName ?? '' }),
          confirmRefuse: t('desk.matches.confirmRefuse', { name: c.name }),
          reason: t('desk.declarations.reason'),
        }}
        onAccept={() => decide(item.id, { accept: true, choice: choice === NO_LIST ? null : choice })}
        onRefuse={(reason) => decide(item.id, { accept: false, reason })}
      />
    </li>
  );
}
