import { ElectionsDocument } from '../../../generated/graphql';
import { EmptyState, ErrorMessage, Loading } from '../../../components/ui';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';

/** The elections the pact was signed for, with their rounds and the mandate they open. */
export function ElectionsList() {
  const { t, formatDate } = useI18n();
  const { data, error, loading, refetch } = useQuery(ElectionsDocument, {});
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;
  if (data.elections.length === 0) return <EmptyState title={t('election.none')} />;
  return (
    <ul className="cards">
      {data.elections.map((e) => (
        <li key={e.code} className="card">
          <h2>{e.name}</h2>
          <dl className="facts facts-stacked">
            <div>
              <dt>{t('election.firstRound')}</dt>
              <dd>{formatDate(e.firstRoundDate)}</dd>
            </div>
            {e.secondRoundDate && (
              <div>
                <dt>{t('election.secondRound')}</dt>
                <dd>{formatDate(e.secondRoundDate)}</dd>
              </div>
            )}
            <div>
              <dt>{t('election.mandate')}</dt>
              <dd>
                {t('election.mandateDates', { start: formatDate(e.mandateStart), end: formatDate(e.mandateEnd) })}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
