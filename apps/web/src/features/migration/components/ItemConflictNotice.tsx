import {
  MIGRATION_STAGE_LABELS,
  SOFTWARE_CATEGORY_LABELS,
  type MigrationStage,
  type SoftwareCategory,
} from '@pacte/pact';
import { ConflictNotice } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';

/**
 * A stale edit of an inventory item (CONFLICT): what the item holds now, in words, with the choice to re-apply the
 * change over it or keep it. `current` is the item as the API returns it (InventoryItem).
 */
export function ItemConflictNotice({
  error,
  pending,
  onReapply,
  onKeep,
}: {
  error: unknown;
  pending: boolean;
  onReapply(currentVersion: number): void;
  onKeep(): void;
}) {
  const { t, locale, formatDate } = useI18n();
  const fields = (current: Record<string, unknown>) => {
    const stage = current.stage as MigrationStage | undefined;
    const category = current.category as SoftwareCategory | undefined;
    const seats = current.seats as number | null | undefined;
    const stageReachedOn = current.stageReachedOn as string | undefined;
    return [
      [t('migration.field.productNameFree'), typeof current.productName === 'string' ? current.productName : ''],
      [t('migration.field.category'), category ? SOFTWARE_CATEGORY_LABELS[category][locale] : ''],
      [
        t('migration.conflict.stage'),
        stage
          ? t('migration.conflict.stageOn', {
              stage: MIGRATION_STAGE_LABELS[stage][locale],
              date: stageReachedOn ? formatDate(stageReachedOn) : '',
            })
          : '',
      ],
      [t('migration.conflict.seats'), seats == null ? '—' : String(seats)],
      [t('migration.conflict.notes'), (current.notes as string | null) || '—'],
    ] as const;
  };
  return <ConflictNotice error={error} fields={fields} pending={pending} onReapply={onReapply} onKeep={onKeep} />;
}
