import {
  FLEET_AUDIENCE_LABELS,
  INVENTORY_FIGURES,
  INVENTORY_FIGURE_LABELS,
  SHARE_FIGURES,
  type ShareFigure,
} from '@pacte/pact';
import type { CollectivityMigrationQuery } from '../../../generated/graphql';
import { DataTable } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';

type Collectivity = CollectivityMigrationQuery['collectivity'];
type Share = Collectivity['inventoryFigures']['shares'][number];
type Audience = Collectivity['inventoryFigures']['audiences'][number];

const isShare = (figure: string): figure is ShareFigure => (SHARE_FIGURES as readonly string[]).includes(figure);

/**
 * The inventory's figures, each share with what it is counted against: the declared fleet, or the inventoried
 * software only (then said, with an invitation to declare the fleet); and the shares per audience (staff, schools,
 * public access), which are never mixed into one another's fleet.
 */
export function FleetFigures({ collectivity }: { collectivity: Collectivity }) {
  const { t, locale, formatPercent, formatNumber } = useI18n();
  const figures = collectivity.inventoryFigures;
  const shareOf = (figure: ShareFigure) => figures.shares.find((s) => s.figure === figure);
  const basisText = (share: Share | undefined) => {
    if (!share?.basis) return null;
    const base = formatNumber(share.base);
    return t(`migration.fleet.basis.${share.basis}`, { base });
  };
  return (
    <>
      {collectivity.fleet.length === 0 && (
        <p className="notice" data-testid="fleet-missing">
          {t('migration.fleet.missing')}
        </p>
      )}
      <dl className="facts key-figures-inline" data-testid="inventory-figures">
        {INVENTORY_FIGURES.map((f) => {
          const share = isShare(f) ? shareOf(f) : undefined;
          const basis = basisText(share);
          return (
            <div key={f} data-testid={`figure-${f}`}>
              <dt>{INVENTORY_FIGURE_LABELS[f][locale]}</dt>
              <dd>
                {INVENTORY_FIGURE_LABELS[f].unit === '%' ? formatPercent(figures[f]) : formatNumber(figures[f] ?? 0)}
                {basis && <span className="figure-basis"> ({basis})</span>}
                {share?.inventoryExceedsFleet && <span className="figure-basis"> {t('migration.fleet.exceeds')}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      {figures.audiences.length > 1 && (
        <DataTable<Audience>
          caption={t('migration.fleet.byAudience')}
          rows={[...figures.audiences]}
          rowKey={(r) => r.audience}
          columns={[
            {
              key: 'audience',
              header: t('migration.fleet.audience'),
              cell: (r) => FLEET_AUDIENCE_LABELS[r.audience][locale],
              rowHeader: true,
            },
            ...SHARE_FIGURES.map((figure) => ({
              key: figure,
              header: INVENTORY_FIGURE_LABELS[figure][locale],
              numeric: true,
              cell: (r: Audience) => {
                const share = r.shares.find((s) => s.figure === figure);
                return share?.basis ? `${formatPercent(share.percent)} (${basisText(share as Share)})` : '—';
              },
            })),
          ]}
        />
      )}
    </>
  );
}
