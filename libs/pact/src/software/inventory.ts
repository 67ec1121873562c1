import { LocalizedText } from '../i18n';
import { MigrationStage, stageIndex } from '../migration-stage';
import { roundScore } from '../scoring';
import { SoftwareCategory, isSoftwareCategory } from './categories';

/** The part of a software inventory item that the figures and the label readiness read. */
export interface InventoryItemInput {
  category: SoftwareCategory;
  /** Whether the software in use (the current product) is free. */
  isFree: boolean;
  /**
   * Seats (workstations or users) the item covers; for SERVER_OS, the number of servers. Null when not known:
   * the item then stays out of the shares.
   */
  seats: number | null;
  /** Where the migration of this item to its target stands. */
  stage: MigrationStage;
  /** Whether the targeted alternative is free. */
  targetIsFree: boolean;
}

/** The figures of an inventory that the pact and the label care about. */
export interface InventoryFigures {
  /** Share of workstation seats on a free OS (GNU/Linux in practice), in percent; null when no seats are known. */
  linuxWorkstationShare: number | null;
  /** Share of office-suite seats on a free suite, in percent; null when no seats are known. */
  freeOfficeSeatShare: number | null;
  /** Share of servers on a free OS, in percent; null when no servers are known. */
  linuxServerShare: number | null;
  /** Number of business-application items that run free software. */
  freeBusinessApplications: number;
}

export type InventoryFigure = keyof InventoryFigures;
export const INVENTORY_FIGURES: readonly InventoryFigure[] = [
  'linuxWorkstationShare',
  'freeOfficeSeatShare',
  'linuxServerShare',
  'freeBusinessApplications',
];

/** What each figure measures, and its unit: a share in percent or a count. */
export const INVENTORY_FIGURE_LABELS: Record<InventoryFigure, LocalizedText & { unit: '%' | 'count' }> = {
  linuxWorkstationShare: {
    fr: 'Part des postes de travail sous GNU/Linux',
    en: 'Share of workstations on GNU/Linux',
    unit: '%',
  },
  freeOfficeSeatShare: {
    fr: 'Part des postes sur une suite bureautique libre',
    en: 'Share of seats on a free office suite',
    unit: '%',
  },
  linuxServerShare: { fr: 'Part des serveurs sous GNU/Linux', en: 'Share of servers on GNU/Linux', unit: '%' },
  freeBusinessApplications: { fr: 'Logiciels métiers libres', en: 'Free business applications', unit: 'count' },
};

/** The stage from which the free target is what people use: DEFAULT (and LEGACY_REMOVED after it). */
export const RUNS_FREE_FROM_STAGE: MigrationStage = 'DEFAULT';

/**
 * Whether an item runs free software today: the product in use is free, or its migration to a free target has
 * reached DEFAULT or LEGACY_REMOVED. A pilot or a parallel run does not count yet: the proprietary software is still
 * what people use.
 */
export function runsFree(item: Pick<InventoryItemInput, 'isFree' | 'stage' | 'targetIsFree'>): boolean {
  return item.isFree || (item.targetIsFree && stageIndex(item.stage) >= stageIndex(RUNS_FREE_FROM_STAGE));
}

/** The categories whose seats make a share. */
const SHARE_CATEGORIES: readonly SoftwareCategory[] = ['WORKSTATION_OS', 'OFFICE_SUITE', 'SERVER_OS'];

/**
 * The inventory figures of a collectivity.
 *
 * - A share is the seats of the category's items that run free software (see `runsFree`) over all the seats of the
 *   category, in percent rounded to 1 decimal. Items whose seats are unknown (null) stay out of both; a share is
 *   null when the category has no known seat.
 * - `linuxWorkstationShare` reads WORKSTATION_OS items, `freeOfficeSeatShare` OFFICE_SUITE items,
 *   `linuxServerShare` SERVER_OS items (seats = servers). "Linux" names what the pact asks for; any free OS counts.
 * - `freeBusinessApplications` counts BUSINESS_APPLICATION items (not seats) that run free software.
 *
 * Throws on an unknown category or stage and on seats that are not a non-negative integer.
 */
export function inventoryFigures(items: readonly InventoryItemInput[]): InventoryFigures {
  const tallies = new Map<SoftwareCategory, { free: number; total: number }>(
    SHARE_CATEGORIES.map((category) => [category, { free: 0, total: 0 }]),
  );
  let freeBusinessApplications = 0;
  items.forEach((item, index) => {
    if (!isSoftwareCategory(item.category)) {
      throw new Error(`Inventory item ${index}: unknown software category ${String(item.category)}`);
    }
    if (item.seats !== null && !(Number.isSafeInteger(item.seats) && item.seats >= 0)) {
      throw new RangeError(`Inventory item ${index}: seats must be a non-negative integer or null, got ${item.seats}`);
    }
    const free = runsFree(item);
    if (item.category === 'BUSINESS_APPLICATION' && free) {
      freeBusinessApplications += 1;
    }
    const tally = tallies.get(item.category);
    if (tally && item.seats !== null) {
      tally.total += item.seats;
      if (free) tally.free += item.seats;
    }
  });
  const share = (category: SoftwareCategory): number | null => {
    const tally = tallies.get(category);
    return tally && tally.total > 0 ? roundScore((100 * tally.free) / tally.total) : null;
  };
  return {
    linuxWorkstationShare: share('WORKSTATION_OS'),
    freeOfficeSeatShare: share('OFFICE_SUITE'),
    linuxServerShare: share('SERVER_OS'),
    freeBusinessApplications,
  };
}
