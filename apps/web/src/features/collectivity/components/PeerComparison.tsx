import { type CollectivityKind, POPULATION_STRATUM_LABELS } from '@pacte/pact';
import { ChartFigure } from '../../../components/charts';
import { DataTable, ErrorMessage, Loading } from '../../../components/ui';
import { StratumComparisonDocument } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import type { Commitment } from '../utils/checklist';
import { compareWithPeers, type ComparisonRow } from '../utils/comparison';

/** This collectivity beside the average of its population stratum and of every committed collectivity. */
export function PeerComparison({
  population,
  kind,
  scores,
}: {
  population: number | null;
  kind: CollectivityKind;
  scores: Commitment['scores'];
}) {
  const { t, locale, plural, formatPercent } = useI18n();
  const { data, error, loading, refetch } = useQuery(StratumComparisonDocument, {});
  return (
    <section className="section card" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('collectivity.comparison.title')}</h2>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading || !data ? (
        <Loading />
      ) : (
        (() => {
          const comparison = compareWithPeers({
            population,
            kind,
            overall: scores.overall,
            sections: scores.sections,
            national: data.nationalStatistics,
          });
          const stratumLabel = POPULATION_STRATUM_LABELS[comparison.stratum][locale];
          const overall = comparison.rows[0];
          const rowLabel = (r: ComparisonRow) =>
            r.section === null ? t('collectivity.progress.overall') : t('pact.sectionShort', { number: r.section });
          return (
            <ChartFigure
              title={t('collectivity.comparison.overallTitle')}
              description={t('collectivity.comparison.intro', {
                stratum: stratumLabel,
                count: plural('collectivity.comparison.peers', comparison.stratumCommitments),
              })}
              chart={{
                data: [
                  { key: 'own', label: t('collectivity.comparison.own'), value: overall.own },
                  { key: 'stratum', label: t('collectivity.comparison.stratum'), value: overall.stratum },
                  { key: 'national', label: t('collectivity.comparison.national'), value: overall.national },
                ],
                formatValue: (v) => formatPercent(v),
                labelWidth: 130,
              }}
              table={
                <DataTable<ComparisonRow>
                  caption={t('collectivity.comparison.caption')}
                  rows={comparison.rows}
                  rowKey={(r) => r.key}
                  columns={[
                    { key: 'label', header: t('collectivity.comparison.measure'), cell: rowLabel, rowHeader: true },
                    {
                      key: 'own',
                      header: t('collectivity.comparison.own'),
                      cell: (r) => formatPercent(r.own),
                      numeric: true,
                    },
                    {
                      key: 'stratum',
                      header: t('collectivity.comparison.stratum'),
                      cell: (r) => (r.section === null ? formatPercent(r.stratum) : '—'),
                      numeric: true,
                    },
                    {
                      key: 'national',
                      header: t('collectivity.comparison.national'),
                      cell: (r) => formatPercent(r.national),
                      numeric: true,
                    },
                  ]}
                />
              }
            />
          );
        })()
      )}
    </section>
  );
}
