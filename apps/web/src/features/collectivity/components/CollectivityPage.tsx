import { Link, useParams } from 'react-router';
import { CollectivityPageDocument } from '../../../generated/graphql';
import { EmptyState, ErrorMessage, Loading, useDocumentTitle } from '../../../components/ui';
import { GraphQLRequestError, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { electionPath, kindFromSlug } from '../../../lib/routes';
import { ActionChecklist } from './ActionChecklist';
import { CollectivityHeader } from './CollectivityHeader';
import { CommitmentSummary } from './CommitmentSummary';
import { HistoryTimeline } from './HistoryTimeline';
import { MandateClock } from './MandateClock';
import { PeerComparison } from './PeerComparison';
import { ProgressSummary } from './ProgressSummary';

/** /collectivite/:kind/:code — the permalink of one collectivity and where its pledge stands. */
export default function CollectivityPage() {
  const { t } = useI18n();
  const params = useParams();
  const kind = kindFromSlug(params.kind);
  const code = params.code ?? '';
  const { data, error, loading, refetch } = useQuery(
    CollectivityPageDocument,
    { kind: kind ?? 'COMMUNE', code },
    { skip: !kind || !code },
  );
  const collectivity = data?.collectivity;
  useDocumentTitle(collectivity?.name ?? t('collectivity.titleLoading'));

  if (!kind || (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND')) {
    return (
      <div className="container page">
        <h1>{t('collectivity.notFound.title')}</h1>
        <p>{t('collectivity.notFound.body')}</p>
        <p>
          <Link to="/recherche">{t('collectivity.notFound.search')}</Link>
        </p>
      </div>
    );
  }
  if (error) {
    return (
      <div className="container page">
        <h1>{t('collectivity.titleLoading')}</h1>
        <ErrorMessage error={error} onRetry={refetch} />
      </div>
    );
  }
  if (loading || !collectivity) {
    return (
      <div className="container page">
        <h1>{t('collectivity.titleLoading')}</h1>
        <Loading />
      </div>
    );
  }
  const commitment = collectivity.commitment;
  return (
    <div className="container page">
      <CollectivityHeader collectivity={collectivity} />
      <p>
        <Link to={electionPath(collectivity.kind, collectivity.code)}>{t('collectivity.electionLink')}</Link>
      </p>
      {commitment ? (
        <>
          <CommitmentSummary commitment={commitment} />
          <ProgressSummary scores={commitment.scores} />
          <div className="two-columns">
            <MandateClock overall={commitment.scores.overall} committedOn={commitment.committedOn} />
            <PeerComparison population={collectivity.population} scores={commitment.scores} />
          </div>
          <ActionChecklist actions={commitment.actions} />
        </>
      ) : (
        <section className="section" aria-labelledby="commitment-heading">
          <h2 id="commitment-heading">{t('collectivity.commitment.title')}</h2>
          <EmptyState title={t('collectivity.noCommitment.title')}>
            <p>{t('collectivity.noCommitment.body')}</p>
          </EmptyState>
        </section>
      )}
      <HistoryTimeline collectivityId={collectivity.id} />
    </div>
  );
}
