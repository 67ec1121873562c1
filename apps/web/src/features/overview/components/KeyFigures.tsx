import type { NationalOverviewQuery } from '../../../generated/graphql';
import { useI18n } from '../../../lib/i18n';
import { sourceCount } from '../utils/shape';

type Stats = NationalOverviewQuery['nationalStatistics'];

/** The headline numbers: who signed, who was elected, who is bound, what is done. */
export function KeyFigures({ stats }: { stats: Stats }) {
  const { t, plural, formatNumber, formatPercent } = useI18n();
  const figures = [
    { key: 'signatories', value: formatNumber(stats.signatories), label: t('overview.figures.signatories') },
    {
      key: 'signingLists',
      value: formatNumber(stats.signingLists),
      label: t('overview.figures.signingLists'),
      detail: t('overview.figures.listsSignedAsList', { count: formatNumber(stats.listsSignedAsList) }),
    },
    {
      key: 'electedSigningLists',
      value: formatNumber(stats.electedSigningLists),
      label: t('overview.figures.electedSigningLists'),
    },
    {
      key: 'commitments',
      value: formatNumber(stats.commitments),
      label: t('overview.figures.commitments'),
      detail: t('overview.figures.bySource', {
        lists: formatNumber(sourceCount(stats.commitmentsBySource, 'LIST_MAJORITY')),
        deliberations: formatNumber(sourceCount(stats.commitmentsBySource, 'COUNCIL_DELIBERATION')),
      }),
    },
    { key: 'actionsDone', value: formatNumber(stats.actionsDone), label: t('overview.figures.actionsDone') },
    {
      key: 'averageProgress',
      value: formatPercent(stats.averageProgress),
      label: t('overview.figures.averageProgress'),
      detail: t('overview.figures.selfDeclared'),
    },
  ];
  return (
    <section aria-labelledby="figures-heading" className="section">
      <h2 id="figures-heading">{t('overview.figures.title', { edition: stats.edition })}</h2>
      {stats.demoCommitments > 0 && (
        <p className="notice" data-testid="demo-notice">
          <strong>{t('overview.demo.title')}</strong> {plural('overview.demo.notice', stats.demoCommitments)}
        </p>
      )}
      <ul className="key-figures">
        {figures.map((f) => (
          <li key={f.key} className="key-figure" data-testid={`figure-${f.key}`}>
            <span className="key-figure-value">{f.value}</span>
            <span className="key-figure-label">{f.label}</span>
            {f.detail && <span className="key-figure-detail">{f.detail}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
