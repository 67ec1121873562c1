import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { useI18n } from '../../../lib/i18n';

type Summary = CollectivityMigrationQuery['collectivity']['contractSummary'];

/**
 * Action 1.3 (anticipate the end of proprietary licences): the contracts that come to a decision within 12 months,
 * soonest first, and what the proprietary licences still in use cost a year.
 */
export function ContractsSummary({ summary }: { summary: Summary }) {
  const { t, formatDate, formatNumber } = useI18n();
  const due = summary.dueWithin12Months.map((i) =>
    t('migration.contracts.dueItem', { product: i.productName, date: formatDate((i.renewalOn ?? i.contractEndsOn)!) }),
  );
  const cost = formatNumber(summary.proprietaryYearlyCost, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  return (
    <div className="contracts-summary" data-testid="contracts-summary">
      <h3>{t('migration.contracts.title')}</h3>
      <p>
        {due.length > 0 ? t('migration.contracts.due', { list: due.join(', ') }) : t('migration.contracts.dueNone')}
      </p>
      <p>
        {t('migration.contracts.cost', { cost })}
        {summary.proprietaryWithoutCost > 0 && (
          <> {t('migration.contracts.costUnknown', { count: String(summary.proprietaryWithoutCost) })}</>
        )}
      </p>
    </div>
  );
}
