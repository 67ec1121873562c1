import { Link, useParams } from 'react-router';
import { CollectivityElectionDocument } from '../../../generated/graphql';
import { DataTable, DownloadLinks, EmptyState, ErrorMessage, Loading, useDocumentTitle } from '../../../components/ui';
import { GraphQLRequestError, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { collectivityPath, kindFromSlug } from '../../../lib/routes';
import {
  electedCount,
  groupListsByElection,
  headOfList,
  isElected,
  sortSignatories,
  type CandidateList,
  type Signatory,
} from '../utils/lists';

/** /elections/:kind/:code — the lists that stood in a commune, who signed the pact, and who was elected. */
export default function CollectivityElectionPage() {
  const { t, formatDate } = useI18n();
  const params = useParams();
  const kind = kindFromSlug(params.kind);
  const code = params.code ?? '';
  const { data, error, loading, refetch } = useQuery(
    CollectivityElectionDocument,
    { kind: kind ?? 'COMMUNE', code },
    { skip: !kind || !code },
  );
  const c = data?.collectivity;
  useDocumentTitle(c ? t('election.pageTitle', { name: c.name }) : t('election.title'));

  if (!kind || (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) {
    return (
      <div className="container page">
        <h1>{t('collectivity.notFound.title')}</h1>
        <p>
          <Link to="/elections">{t('election.back')}</Link>
        </p>
      </div>
    );
  }
  if (error || loading || !c) {
    return (
      <div className="container page">
        <h1>{t('election.title')}</h1>
        {error ? <ErrorMessage error={error} onRetry={refetch} /> : <Loading />}
      </div>
    );
  }
  const groups = groupListsByElection(c.candidateLists);
  return (
    <div className="container page">
      <header className="page-header">
        <p className="eyebrow">{t(`kind.${c.kind}`)}</p>
        <h1>{t('election.pageTitle', { name: c.name })}</h1>
        <p>
          <Link to={collectivityPath(c.kind, c.code)}>
            {c.commitment ? t('election.toCommitment') : t('election.toCollectivity')}
          </Link>
        </p>
      </header>
      {groups.length > 0 && (
        <DownloadLinks
          dataset="signatories"
          filters={{ kind: c.kind, code: c.code }}
          named
          testId="election-downloads"
        />
      )}
      {groups.length === 0 ? (
        <EmptyState title={t('election.noList.title')}>
          <p>{t('election.noList.body')}</p>
        </EmptyState>
      ) : (
        groups.map((g) => (
          <section key={g.code} className="section" aria-labelledby={`election-${g.code}`}>
            <h2 id={`election-${g.code}`}>{g.name}</h2>
            <p className="muted">
              {g.secondRoundDate
                ? t('election.rounds', { first: formatDate(g.firstRoundDate), second: formatDate(g.secondRoundDate) })
                : t('election.round', { first: formatDate(g.firstRoundDate) })}
            </p>
            {g.lists.map((list) => (
              <ListCard key={list.id} list={list} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}

function ListCard({ list }: { list: CandidateList }) {
  const { t, plural, formatDate } = useI18n();
  const signatories = sortSignatories(list.signatories);
  const counts = electedCount(list);
  const head = headOfList(list);
  const elected = (s: Signatory) => {
    const known = isElected(list, s);
    return known === null
      ? t('election.elected.unknown')
      : known
        ? t('election.elected.yes')
        : t('election.elected.no');
  };
  const electedText =
    counts.unknown === 0
      ? plural('election.electedCount', counts.elected)
      : counts.elected === 0
        ? t('election.electedUnknown')
        : plural('election.electedCountSome', counts.elected, { unknown: counts.unknown });
  return (
    <article className="card list-card" aria-labelledby={`list-${list.id}`}>
      <div className="action-head">
        <h3 id={`list-${list.id}`}>{list.name}</h3>
        <span className={`outcome outcome-${list.outcome}`}>{t(`election.outcome.${list.outcome}`)}</span>
      </div>
      <dl className="facts facts-inline">
        {head && (
          <div>
            <dt>{t('election.headOfList')}</dt>
            <dd>{head}</dd>
          </div>
        )}
        {list.parties.length > 0 && (
          <div>
            <dt>{t('election.parties')}</dt>
            <dd>{list.parties.join(', ')}</dd>
          </div>
        )}
        {list.website && (
          <div>
            <dt>{t('election.website')}</dt>
            <dd>
              <a href={list.website} rel="noopener noreferrer">
                {list.website}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('election.pact')}</dt>
          <dd>
            {list.signedAsList
              ? t('election.signedAsList')
              : plural('election.signatoryCount', list.signatories.length)}
          </dd>
        </div>
      </dl>
      {signatories.length === 0 ? (
        <p className="muted">{t('election.noSignatory')}</p>
      ) : (
        <DataTable<Signatory>
          caption={t('election.signatories', {
            list: list.name,
            elected: electedText,
          })}
          rows={signatories}
          rowKey={(s) => s.id}
          columns={[
            {
              key: 'name',
              header: t('election.col.name'),
              cell: (s) => `${s.firstName} ${s.lastName}`,
              rowHeader: true,
            },
            {
              key: 'position',
              header: t('election.col.position'),
              cell: (s) => s.positionOnList ?? '—',
              numeric: true,
            },
            { key: 'parties', header: t('election.col.parties'), cell: (s) => s.parties.join(', ') || '—' },
            { key: 'scope', header: t('election.col.scope'), cell: (s) => t(`election.scope.${s.scope}`) },
            {
              key: 'signed',
              header: t('election.col.signed'),
              cell: (s) => (
                <>
                  {s.signedPlace
                    ? t('election.signedAt', { date: formatDate(s.signedOn), place: s.signedPlace })
                    : formatDate(s.signedOn)}
                  {s.signedFormReceivedOn && (
                    <>
                      <br />
                      <span className="muted">
                        {t('election.signedFormReceived', { date: formatDate(s.signedFormReceivedOn) })}
                      </span>
                    </>
                  )}
                </>
              ),
            },
            { key: 'elected', header: t('election.col.elected'), cell: elected },
          ]}
        />
      )}
    </article>
  );
}
