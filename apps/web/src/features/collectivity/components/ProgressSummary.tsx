import { PROGRESS_STATUS_LABELS, getCatalogue, hasEqualWeights } from '@pacte/pact';
import { ProgressBar } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';
import type { Commitment } from '../utils/checklist';

/** Overall and per-section self-declared progress, with the count of actions by status. */
export function ProgressSummary({ scores }: { scores: Commitment['scores'] }) {
  const { t, plural, locale, formatPercent, formatNumber } = useI18n();
  const titles = new Map<number, string>(getCatalogue().sections.map((s) => [s.number, s.title[locale]]));
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('collectivity.progress.title')}</h2>
      <p className="muted" data-testid="progress-method">
        {t(
          hasEqualWeights(getCatalogue())
            ? 'collectivity.progress.selfDeclared'
            : 'collectivity.progress.selfDeclaredWeighted',
        )}
      </p>
      <div className="overall" data-testid="overall-progress">
        <span className="overall-value">{formatPercent(scores.overall)}</span>
        <span className="overall-label">{t('collectivity.progress.overall')}</span>
        <ProgressBar value={scores.overall} />
      </div>
      <ul className="section-scores" aria-label={t('collectivity.progress.bySection')}>
        {scores.sections.map((s) => (
          <li key={s.section} className="section-score" data-testid={`section-score-${s.section}`}>
            <span className="section-score-title">
              {t('pact.sectionShort', { number: s.section })} — {titles.get(s.section)}
            </span>
            <span className="section-score-value">{formatPercent(s.score)}</span>
            <ProgressBar value={s.score} />
            <span className="muted">
              {plural('collectivity.progress.actionsDone', s.actionsDone, { total: formatNumber(s.actionsTotal) })}
              {s.actionsCounted < s.actionsTotal &&
                ` · ${t('collectivity.progress.notApplicable', { count: formatNumber(s.actionsTotal - s.actionsCounted) })}`}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('collectivity.progress.byStatus')}</h3>
      <ul className="status-counts">
        {scores.counts
          .filter((c) => c.count > 0)
          .map((c) => (
            <li key={c.status}>
              <span className={`status status-${c.status}`}>{PROGRESS_STATUS_LABELS[c.status][locale]}</span>{' '}
              {formatNumber(c.count)}
            </li>
          ))}
      </ul>
    </section>
  );
}
