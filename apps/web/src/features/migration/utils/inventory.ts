import {
  MIGRATION_STAGES,
  MIGRATION_STAGE_LABELS,
  SOFTWARE_CATEGORIES,
  SOFTWARE_CATEGORY_LABELS,
  type Locale,
  type MigrationStage,
  type SoftwareCategory,
} from '@pacte/pact';
import type { BarDatum } from '../../../components/charts';

export interface InventoryEntry {
  id: string;
  category: SoftwareCategory;
  productName: string;
  seats?: number | null;
  stage: MigrationStage;
}

export interface StageDatum extends BarDatum {
  /** Seats (or items, when no seat count is known) at this stage. */
  weight: number;
}

export interface CategoryStages<T extends InventoryEntry> {
  category: SoftwareCategory;
  title: string;
  items: T[];
  /** One bar per stage: the share of the category's seats at that stage, in %. */
  stages: StageDatum[];
}

/**
 * The inventory by category (catalogue order), each with the share of its seats at every migration stage. An item
 * whose seats are unknown counts as one, so that a category without seat counts still shows where it stands.
 */
export function stagesByCategory<T extends InventoryEntry>(
  items: ReadonlyArray<T>,
  locale: Locale,
): CategoryStages<T>[] {
  return SOFTWARE_CATEGORIES.map((category) => {
    const inCategory = items
      .filter((i) => i.category === category)
      .sort((a, b) => a.productName.localeCompare(b.productName, locale));
    const weight = (i: T) => (i.seats != null && i.seats > 0 ? i.seats : 1);
    const total = inCategory.reduce((n, i) => n + weight(i), 0);
    return {
      category,
      title: SOFTWARE_CATEGORY_LABELS[category][locale],
      items: inCategory,
      stages: MIGRATION_STAGES.map((stage) => {
        const w = inCategory.filter((i) => i.stage === stage).reduce((n, i) => n + weight(i), 0);
        return {
          key: stage,
          label: MIGRATION_STAGE_LABELS[stage][locale],
          value: total === 0 ? null : Math.round((w / total) * 1000) / 10,
          weight: w,
        };
      }),
    };
  }).filter((c) => c.items.length > 0);
}
