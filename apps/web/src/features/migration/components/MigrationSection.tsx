import {
  INVENTORY_FIGURES,
  INVENTORY_FIGURE_LABELS,
  MIGRATION_STAGE_LABELS,
  TNL_DOMAIN_LABELS,
  TNL_TIER_LABELS,
} from '@pacte/pact';
import { useEffect, useRef } from 'react';
import { CollectivityMigrationDocument, type CollectivityMigrationQuery } from '../../../generated/graphql';
import { ChartFigure } from '../../../components/charts';
import { DataTable, EmptyState, ErrorMessage, Loading, ProgressBar } from '../../../components/ui';
import { useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { stagesByCategory, type StageDatum } from '../utils/inventory';

type Item = CollectivityMigrationQuery['collectivity']['inventory'][number];

/** Software inventory with migration stages, the figures the label reads, and label readiness (a self-assessment). */
export function MigrationSection({ collectivityId, version }: { collectivityId: string; version: number }) {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(
    CollectivityMigrationDocument,
    { id: collectivityId },
    { keepPreviousData: true },
  );
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    refetch();
  }, [version, refetch]);
  const collectivity = data?.collectivity.id === collectivityId ? data.collectivity : undefined;
  return (
    <>
      <section className="section" aria-labelledby="inventory-heading">
        <h2 id="inventory-heading">{t('migration.title')}</h2>
        {error && <ErrorMessage error={error} onRetry={refetch} />}
        {!error && !collectivity && <Loading />}
        {collectivity && <Inventory collectivity={collectivity} />}
      </section>
      {collectivity?.commitment && (
        <Readiness readiness={collectivity.commitment.labelReadiness} collectivityId={collectivityId} />
      )}
      {collectivity && (
        <p className="downloads">
          <a href={`/feeds/collectivity/${encodeURIComponent(collectivityId)}.atom`} type="application/atom+xml">
            {t('migration.feed')}
          </a>
        </p>
      )}
    </>
  );
}

function Inventory({ collectivity }: { collectivity: CollectivityMigrationQuery['collectivity'] }) {
  const { t, locale, formatPercent, formatNumber, formatDate } = useI18n();
  const figures = collectivity.inventoryFigures;
  const categories = stagesByCategory(collectivity.inventory, locale);
  if (collectivity.inventory.length === 0) {
    return <EmptyState title={t('migration.empty')} />;
  }
  return (
    <>
      <dl className="facts key-figures-inline" data-testid="inventory-figures">
        {INVENTORY_FIGURES.map((f) => (
          <div key={f}>
            <dt>{INVENTORY_FIGURE_LABELS[f][locale]}</dt>
            <dd>
              {INVENTORY_FIGURE_LABELS[f].unit === '%'
                ? formatPercent(figures[f] as number | null | undefined)
                : formatNumber(figures[f] ?? 0)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="chart-grid">
        {categories.map((c) => (
          <ChartFigure
            key={c.category}
            title={c.title}
            description={c.items.map((i) => i.productName).join(', ')}
            chart={{ data: c.stages, formatValue: (v) => formatPercent(v), labelWidth: 150 }}
            table={
              <DataTable<StageDatum>
                caption={t('migration.stagesCaption', { category: c.title })}
                rows={c.stages}
                rowKey={(r) => r.key}
                columns={[
                  { key: 'stage', header: t('migration.stage'), cell: (r) => r.label, rowHeader: true },
                  {
                    key: 'share',
                    header: t('migration.share'),
                    cell: (r) => formatPercent(r.value),
                    numeric: true,
                  },
                ]}
              />
            }
          />
        ))}
      </div>
      <DataTable<Item>
        caption={t('migration.itemsCaption')}
        rows={[...collectivity.inventory]}
        rowKey={(r) => r.id}
        columns={[
          { key: 'product', header: t('migration.product'), cell: (r) => r.productName, rowHeader: true },
          {
            key: 'free',
            header: t('migration.free'),
            cell: (r) => (r.runsFree ? t('migration.yes') : t('migration.no')),
          },
          {
            key: 'seats',
            header: t('migration.seats'),
            cell: (r) => (r.seats == null ? t('common.notAvailable') : formatNumber(r.seats)),
            numeric: true,
          },
          { key: 'target', header: t('migration.target'), cell: (r) => r.targetEntry?.name ?? '—' },
          {
            key: 'stage',
            header: t('migration.stage'),
            cell: (r) => `${MIGRATION_STAGE_LABELS[r.stage][locale]} (${formatDate(r.stageReachedOn)})`,
          },
        ]}
      />
    </>
  );
}

type ReadinessData = NonNullable<CollectivityMigrationQuery['collectivity']['commitment']>['labelReadiness'];

function Readiness({ readiness, collectivityId }: { readiness: ReadinessData; collectivityId: string }) {
  const { t, locale, formatPercent } = useI18n();
  const base = `/labels/application/${encodeURIComponent(collectivityId)}`;
  return (
    <section className="section" aria-labelledby="readiness-heading" data-testid="label-readiness">
      <h2 id="readiness-heading">{t('label.title')}</h2>
      <p className="notice" role="note">
        {locale === 'fr' ? readiness.noticeFr : readiness.noticeEn}
      </p>
      <p>
        {t('label.tier', {
          tier: TNL_TIER_LABELS[readiness.tier][locale],
          level: readiness.legacyLevel,
          percent: formatPercent(readiness.overall.percent),
        })}
      </p>
      <DataTable<ReadinessData['domains'][number]>
        caption={t('label.domainsCaption')}
        rows={[...readiness.domains]}
        rowKey={(r) => r.domain}
        columns={[
          {
            key: 'domain',
            header: t('label.domain'),
            cell: (r) => TNL_DOMAIN_LABELS[r.domain][locale],
            rowHeader: true,
          },
          { key: 'met', header: t('label.met'), cell: (r) => `${r.met} / ${r.applicable}`, numeric: true },
          {
            key: 'percent',
            header: t('label.coverage'),
            cell: (r) => (
              <>
                {formatPercent(r.percent)}
                <ProgressBar value={r.percent} />
              </>
            ),
            numeric: true,
          },
        ]}
      />
      {readiness.nextTier && (
        <>
          <h3>{t('label.missing', { tier: TNL_TIER_LABELS[readiness.nextTier][locale] })}</h3>
          {readiness.missingForNextTier.length === 0 ? (
            <p>{t('label.nothingMissing')}</p>
          ) : (
            <ul className="missing-list">
              {readiness.missingForNextTier.map((m) => (
                <li key={m.id}>
                  <strong>{locale === 'fr' ? m.titleFr : m.titleEn}</strong>{' '}
                  <span className="muted">({TNL_DOMAIN_LABELS[m.domain][locale]})</span>
                  {(locale === 'fr' ? m.satisfiedByFr : m.satisfiedByEn).length > 0 && (
                    <span>
                      {' — '}
                      {t('label.satisfiedBy')} {(locale === 'fr' ? m.satisfiedByFr : m.satisfiedByEn).join(' ; ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className="downloads">
        {t('label.download')}{' '}
        <a href={`${base}.odt`} download>
          {t('label.odt')}
        </a>{' '}
        ·{' '}
        <a href={`${base}.md`} download>
          {t('label.md')}
        </a>
      </p>
    </section>
  );
}
