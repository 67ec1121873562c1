import { Suspense, lazy } from 'react';
import { ChartFigure, type BarChartProps } from '../../../components/charts';
import { DataTable, EmptyState, ErrorMessage, Loading } from '../../../components/ui';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { NationalOverviewDocument } from '../../../generated/graphql';
import {
  areaRows,
  progressOverTimeRows,
  sectionRows,
  stratumRows,
  type AreaRow,
  type ProgressPointRow,
  type SectionRow,
} from '../utils/shape';
import { KeyFigures } from './KeyFigures';

/** The map carries the list of départements, their positions and the tile map: loaded after the rest. */
const CommitmentsMap = lazy(() => import('./CommitmentsMap'));

/** Figures, charts and tables of the whole country, from `nationalStatistics`. */
export function NationalOverview() {
  const { t, locale, formatPercent, formatNumber } = useI18n();
  const { data, error, loading, refetch } = useQuery(NationalOverviewDocument, {});

  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading label={t('overview.loading')} />;
  const stats = data.nationalStatistics;

  const sections = sectionRows(stats.sections, locale, (n) => t('pact.sectionShort', { number: n }));
  const regions = areaRows(stats.byRegion);
  const strata = stratumRows(stats.byPopulationStratum, locale);
  const overTime = progressOverTimeRows(stats.progressOverTime, locale);
  const chart = (rows: BarChartProps['data'], labelWidth?: number): BarChartProps => ({
    data: rows,
    formatValue: (v) => formatPercent(v),
    labelWidth,
  });
  const areaColumns = (first: string) => [
    { key: 'name', header: first, cell: (r: AreaRow) => r.label, rowHeader: true },
    {
      key: 'commitments',
      header: t('overview.table.commitments'),
      cell: (r: AreaRow) => formatNumber(r.commitments),
      numeric: true,
    },
    {
      key: 'progress',
      header: t('overview.table.averageProgress'),
      cell: (r: AreaRow) => formatPercent(r.value),
      numeric: true,
    },
  ];

  return (
    <>
      <KeyFigures stats={stats} />
      <section aria-labelledby="progress-heading" className="section">
        <h2 id="progress-heading">{t('overview.progress.title')}</h2>
        {stats.commitments === 0 ? (
          <EmptyState title={t('overview.empty.title')}>
            <p>{t('overview.empty.body')}</p>
          </EmptyState>
        ) : (
          <>
            <p className="muted">{t('overview.progress.intro')}</p>
            <div className="chart-grid">
              <ChartFigure
                title={t('overview.bySection.title')}
                chart={chart(sections, 110)}
                table={
                  <DataTable<SectionRow>
                    caption={t('overview.bySection.caption')}
                    rows={sections}
                    rowKey={(r) => r.key}
                    columns={[
                      {
                        key: 'section',
                        header: t('overview.table.section'),
                        cell: (r) => `${r.label} — ${r.title}`,
                        rowHeader: true,
                      },
                      {
                        key: 'score',
                        header: t('overview.table.averageScore'),
                        cell: (r) => formatPercent(r.value),
                        numeric: true,
                      },
                    ]}
                  />
                }
              />
              <ChartFigure
                title={t('overview.byStratum.title')}
                chart={chart(strata, 190)}
                table={
                  <DataTable<AreaRow>
                    caption={t('overview.byStratum.caption')}
                    rows={strata}
                    rowKey={(r) => r.key}
                    columns={areaColumns(t('overview.table.stratum'))}
                  />
                }
              />
              <ChartFigure
                title={t('overview.byRegion.title')}
                chart={chart(regions, 190)}
                table={
                  <DataTable<AreaRow>
                    caption={t('overview.byRegion.caption')}
                    rows={regions}
                    rowKey={(r) => r.key}
                    columns={areaColumns(t('overview.table.region'))}
                  />
                }
              />
            </div>
            {overTime.length > 0 && (
              <ChartFigure
                title={t('overview.overTime.title')}
                description={t('overview.overTime.description')}
                chart={{ kind: 'line', data: overTime, formatValue: (v) => formatPercent(v) }}
                table={
                  <DataTable<ProgressPointRow>
                    caption={t('overview.overTime.caption')}
                    rows={overTime}
                    rowKey={(r) => r.key}
                    columns={[
                      { key: 'month', header: t('overview.table.month'), cell: (r) => r.label, rowHeader: true },
                      {
                        key: 'commitments',
                        header: t('overview.table.commitments'),
                        cell: (r) => formatNumber(r.commitments),
                        numeric: true,
                      },
                      {
                        key: 'done',
                        header: t('overview.table.actionsDone'),
                        cell: (r) => formatNumber(r.actionsDone),
                        numeric: true,
                      },
                      {
                        key: 'progress',
                        header: t('overview.table.averageProgress'),
                        cell: (r) => formatPercent(r.value),
                        numeric: true,
                      },
                    ]}
                  />
                }
              />
            )}
          </>
        )}
      </section>
      <section aria-labelledby="map-heading" className="section">
        <h2 id="map-heading">{t('overview.map.title')}</h2>
        <p className="muted">{t('overview.map.intro')}</p>
        <Suspense fallback={<Loading label={t('overview.map.loading')} />}>
          <CommitmentsMap byDepartement={stats.byDepartement} settings={data.mapSettings} />
        </Suspense>
      </section>
    </>
  );
}
