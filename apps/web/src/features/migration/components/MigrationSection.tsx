import { FLEET_AUDIENCE_LABELS, MIGRATION_STAGE_LABELS, plannedStageText } from '@pacte/pact';
import { useMemo } from 'react';
import { CollectivityMigrationDocument, type CollectivityMigrationQuery } from '../../../generated/graphql';
import { ChartFigure } from '../../../components/charts';
import { DataTable, EmptyState, ErrorMessage, Loading } from '../../../components/ui';
import { useQuery, useReload } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { today } from '../../../lib/rules';
import { useSession } from '../../account';
import { InventoryEditingContext, type InventoryEditing as Editing } from '../hooks/useInventoryEditing';
import { inventoryAbilitiesOn } from '../utils/abilities';
import { stagesByCategory, type StageDatum } from '../utils/inventory';
import { ContractsSummary } from './ContractsSummary';
import { FleetFigures } from './FleetFigures';
import { InventoryEditing } from './InventoryEditing';
import { PooledIt } from './PooledIt';
import { Readiness } from './ReadinessSection';

type Item = CollectivityMigrationQuery['collectivity']['inventory'][number];

/** Pooled IT: the member communes an item applies to, as the table says it. */
function membersText(item: Item, all: string) {
  return item.appliesToAllMembers ? all : item.appliesToMembers.map((m) => m.name).join(', ');
}

/**
 * Software inventory with migration stages, the figures the label reads, and label readiness (a self-assessment);
 * for those who may, the forms to keep the inventory and record an awarded label. What a change touches is asked
 * again through the cache (lib/graphql/cache.ts).
 */
export function MigrationSection({ collectivityId }: { collectivityId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const { data, error, refetch } = useQuery(
    CollectivityMigrationDocument,
    { id: collectivityId },
    { keepPreviousData: true },
  );
  const reload = useReload(CollectivityMigrationDocument, { id: collectivityId });
  const collectivity = data?.collectivity.id === collectivityId ? data.collectivity : undefined;
  const editing = useMemo<Editing>(
    () => ({
      abilities: inventoryAbilitiesOn(me, collectivityId),
      collectivityId,
      commitment: collectivity?.commitment ?? null,
      members: collectivity?.pooledItMembers ?? [],
      reload,
    }),
    [me, collectivityId, collectivity, reload],
  );
  return (
    <InventoryEditingContext.Provider value={editing}>
      <section className="section" aria-labelledby="inventory-heading">
        <h2 id="inventory-heading">{t('migration.title')}</h2>
        {error && <ErrorMessage error={error} onRetry={refetch} />}
        {!error && !collectivity && <Loading />}
        {collectivity && <PooledIt collectivity={collectivity} />}
        {collectivity && <Inventory collectivity={collectivity} />}
        {collectivity && <InventoryEditing items={collectivity.inventory} fleet={collectivity.fleet} />}
      </section>
      {collectivity?.commitment && (
        <Readiness
          commitment={collectivity.commitment}
          collectivityId={collectivityId}
          labels={collectivity.tnlLabels}
        />
      )}
      {collectivity && (
        <p className="downloads">
          <a href={`/feeds/collectivity/${encodeURIComponent(collectivityId)}.atom`} type="application/atom+xml">
            {t('migration.feed')}
          </a>
        </p>
      )}
    </InventoryEditingContext.Provider>
  );
}

function Inventory({ collectivity }: { collectivity: CollectivityMigrationQuery['collectivity'] }) {
  const { t, locale, formatPercent, formatNumber, formatDate } = useI18n();
  const categories = stagesByCategory(collectivity.inventory, locale);
  const pooling = collectivity.pooledItMembers.length > 0;
  if (collectivity.inventory.length === 0) {
    // Pooled items alone still make figures: the body's, shown as such above.
    if (collectivity.pooledInventory.length > 0) return <FleetFigures collectivity={collectivity} />;
    return <EmptyState title={t('migration.empty')} />;
  }
  return (
    <>
      <FleetFigures collectivity={collectivity} />
      <ContractsSummary summary={collectivity.contractSummary} />
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
            key: 'audience',
            header: t('migration.fleet.audience'),
            cell: (r) => FLEET_AUDIENCE_LABELS[r.audience][locale],
          },
          {
            key: 'seats',
            header: t('migration.seats'),
            cell: (r) => (r.seats == null ? t('common.notAvailable') : formatNumber(r.seats)),
            numeric: true,
          },
          { key: 'target', header: t('migration.target'), cell: (r) => r.targetEntry?.name ?? '—' },
          ...(pooling
            ? [
                {
                  key: 'members',
                  header: t('migration.members.column'),
                  cell: (r: Item) => membersText(r, t('migration.members.all')),
                },
              ]
            : []),
          {
            key: 'contract',
            header: t('migration.contracts.column'),
            cell: (r) => {
              const on = r.renewalOn ?? r.contractEndsOn;
              const cost =
                r.yearlyCost == null
                  ? null
                  : formatNumber(r.yearlyCost, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
              return [on && formatDate(on), cost].filter(Boolean).join(' — ') || '—';
            },
          },
          {
            key: 'stage',
            header: t('migration.stage'),
            cell: (r) => `${MIGRATION_STAGE_LABELS[r.stage][locale]} (${formatDate(r.stageReachedOn)})`,
          },
          {
            key: 'planned',
            header: t('migration.planned.column'),
            cell: (r) =>
              r.plannedStages.length === 0 ? (
                '—'
              ) : (
                <ul>
                  {r.plannedStages.map((p) => (
                    <li key={p.stage}>{plannedStageText(p, today())[locale]}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </>
  );
}
