import { LocalizedText } from '../i18n';
import { MigrationStage, stageIndex } from '../migration-stage';
import { roundScore } from '../scoring';
import { SoftwareCategory, isSoftwareCategory } from './categories';
import type { PlannedStage } from './planned-stages';
import { FLEET_AUDIENCES, FLEET_COUNTS, FleetAudience, FleetCount, FleetDeclaration, isFleetAudience } from './fleet';

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
  /** Whose machines it runs on; STAFF when absent. */
  audience?: FleetAudience;
  /** An item of the body that runs the collectivity's IT (see `memberInventory`), not its own; false when absent. */
  pooled?: boolean;
  /**
   * The stages planned after `stage` (see `PlannedStage`): read by nothing here. A planned stage is an intention;
   * the figures and the label readiness count the stage reached, and a plan never stands for it.
   */
  plannedStages?: readonly PlannedStage[];
}

/** The shares among the inventory figures. */
export const SHARE_FIGURES = ['linuxWorkstationShare', 'freeOfficeSeatShare', 'linuxServerShare'] as const;
export type ShareFigure = (typeof SHARE_FIGURES)[number];

/**
 * What a share is computed against: FLEET when every audience it covers has declared the count (workstations,
 * servers or office seats), INVENTORY when none has (the share is then over the inventoried seats only, and says
 * so), PARTIAL when some have.
 */
export const SHARE_BASES = ['FLEET', 'INVENTORY', 'PARTIAL'] as const;
export type ShareBasis = (typeof SHARE_BASES)[number];

/** One share, with what it counts. */
export interface ShareDetail {
  figure: ShareFigure;
  /** In percent, 1 decimal; null when the base is 0. */
  percent: number | null;
  /** Seats (servers) that run free software. */
  freeSeats: number;
  /** Seats it is counted against: the declared fleet, or the inventoried seats where no fleet is declared. */
  base: number;
  /** Null when the base is 0. */
  basis: ShareBasis | null;
  /** The inventory counts more seats than the declared fleet for some audience: the declaration is out of date. */
  inventoryExceedsFleet: boolean;
}

/** The shares of one audience. */
export interface AudienceFigures {
  audience: FleetAudience;
  /** The day of its fleet declaration; null when none. */
  fleetAsOf: string | null;
  shares: ShareDetail[];
}

/** The figures of an inventory that the pact and the label care about. */
export interface InventoryFigures {
  /** Share of workstations on a free OS (GNU/Linux in practice), in percent; null when there is no base. */
  linuxWorkstationShare: number | null;
  /** Share of office-suite seats on a free suite, in percent; null when there is no base. */
  freeOfficeSeatShare: number | null;
  /** Share of servers on a free OS, in percent; null when there is no base. */
  linuxServerShare: number | null;
  /** Number of business-application items that run free software. */
  freeBusinessApplications: number;
  /** The three shares above, all audiences together, with their base. */
  shares: ShareDetail[];
  /** The same per audience, for each audience with an inventoried seat or a fleet declaration. */
  audiences: AudienceFigures[];
}

export type InventoryFigure = ShareFigure | 'freeBusinessApplications';
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

/** The category whose seats make each share, and the fleet count it is measured against. */
const SHARE_SOURCES: Record<ShareFigure, { category: SoftwareCategory; count: FleetCount }> = {
  linuxWorkstationShare: { category: 'WORKSTATION_OS', count: 'workstations' },
  freeOfficeSeatShare: { category: 'OFFICE_SUITE', count: 'officeSeats' },
  linuxServerShare: { category: 'SERVER_OS', count: 'servers' },
};

interface Tally {
  free: number;
  inventoried: number;
}

/** Own items count against the collectivity's fleet, pooled items against its pooling body's. */
const SOURCES = ['OWN', 'POOLED'] as const;
type Source = (typeof SOURCES)[number];
const sourceOf = (x: { pooled?: boolean }): Source => (x.pooled ? 'POOLED' : 'OWN');

/**
 * The inventory figures of a collectivity, against its declared fleet.
 *
 * - For each audience (staff, schools, public access) and share, the seats of the category's items that run free
 *   software (see `runsFree`) are counted against the fleet the audience declared for that count
 *   (`FleetDeclaration`); where it declared none, against the inventoried seats. So one 10-seat pilot moved to
 *   GNU/Linux in a fleet of 400 workstations is 2.5 %, not 100 %. When the inventory counts more seats than the
 *   declaration, the inventory is the base (the declaration is out of date) and `inventoryExceedsFleet` says so.
 * - A share of several audiences adds their free seats and their bases; `basis` tells whether they rest on
 *   declared fleets. Items whose seats are unknown (null) stay out of the free seats and of the inventoried ones.
 * - `linuxWorkstationShare` reads WORKSTATION_OS items, `freeOfficeSeatShare` OFFICE_SUITE items,
 *   `linuxServerShare` SERVER_OS items (seats = servers). "Linux" names what the pact asks for; any free OS counts.
 * - `freeBusinessApplications` counts BUSINESS_APPLICATION items (not seats) that run free software.
 * - Pooled IT (`memberInventory`): the pooling body's items (`pooled`) count against the body's fleet declarations
 *   (`pooled`), the collectivity's own items against its own; a share adds both parts, like two audiences.
 *
 * Throws on an unknown category, stage or audience, on seats or fleet counts that are not a non-negative integer
 * and on two declarations for one audience.
 */
export function inventoryFigures(
  items: readonly InventoryItemInput[],
  fleet: readonly FleetDeclaration[] = [],
): InventoryFigures {
  const declared = checkedFleet(fleet);
  const tallies = new Map<string, Tally>();
  const tallyOf = (audience: FleetAudience, figure: ShareFigure, source: Source): Tally => {
    const key = `${audience}/${figure}/${source}`;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { free: 0, inventoried: 0 }));
    return tally;
  };
  const figureOf = new Map(SHARE_FIGURES.map((f) => [SHARE_SOURCES[f].category, f]));
  let freeBusinessApplications = 0;
  items.forEach((item, index) => {
    if (!isSoftwareCategory(item.category)) {
      throw new Error(`Inventory item ${index}: unknown software category ${String(item.category)}`);
    }
    if (item.seats !== null && !isCount(item.seats)) {
      throw new RangeError(`Inventory item ${index}: seats must be a non-negative integer or null, got ${item.seats}`);
    }
    const audience = item.audience ?? 'STAFF';
    if (!isFleetAudience(audience)) throw new Error(`Inventory item ${index}: unknown audience ${String(audience)}`);
    const free = runsFree(item);
    if (item.category === 'BUSINESS_APPLICATION' && free) {
      freeBusinessApplications += 1;
    }
    const figure = figureOf.get(item.category);
    if (figure && item.seats !== null) {
      const tally = tallyOf(audience, figure, sourceOf(item));
      tally.inventoried += item.seats;
      if (free) tally.free += item.seats;
    }
  });

  const partsOf = (audience: FleetAudience, figure: ShareFigure) =>
    SOURCES.map((source) => ({
      tally: tallies.get(`${audience}/${figure}/${source}`),
      declaration: declared.get(`${audience}/${source}`) ?? null,
    }));
  const audiences: AudienceFigures[] = FLEET_AUDIENCES.flatMap((audience) => {
    const declaration = declared.get(`${audience}/OWN`) ?? declared.get(`${audience}/POOLED`) ?? null;
    const shares = SHARE_FIGURES.map((figure) => shareOf(figure, partsOf(audience, figure)));
    if (!declaration && shares.every((s) => s.basis === null)) return [];
    return [{ audience, fleetAsOf: declaration?.asOf ?? null, shares }];
  });
  const shares = SHARE_FIGURES.map((figure) =>
    shareOf(
      figure,
      FLEET_AUDIENCES.flatMap((audience) => partsOf(audience, figure)),
    ),
  );
  const percentOf = (figure: ShareFigure) => shares.find((s) => s.figure === figure)?.percent ?? null;
  return {
    linuxWorkstationShare: percentOf('linuxWorkstationShare'),
    freeOfficeSeatShare: percentOf('freeOfficeSeatShare'),
    linuxServerShare: percentOf('linuxServerShare'),
    freeBusinessApplications,
    shares,
    audiences,
  };
}

/** One share over some audiences: each counts against its declared fleet, or its inventory where it declared none. */
function shareOf(
  figure: ShareFigure,
  parts: readonly { tally: Tally | undefined; declaration: FleetDeclaration | null }[],
): ShareDetail {
  let freeSeats = 0;
  let base = 0;
  let onFleet = 0;
  let onInventory = 0;
  let inventoryExceedsFleet = false;
  for (const { tally, declaration } of parts) {
    const inventoried = tally?.inventoried ?? 0;
    const fleetCount = declaration ? declaration[SHARE_SOURCES[figure].count] : null;
    const partBase = fleetCount === null ? inventoried : Math.max(fleetCount, inventoried);
    if (fleetCount !== null && inventoried > fleetCount) inventoryExceedsFleet = true;
    if (partBase === 0) continue;
    freeSeats += tally?.free ?? 0;
    base += partBase;
    if (fleetCount === null) onInventory += 1;
    else onFleet += 1;
  }
  const basis: ShareBasis | null =
    base === 0 ? null : onInventory === 0 ? 'FLEET' : onFleet === 0 ? 'INVENTORY' : 'PARTIAL';
  return {
    figure,
    percent: base > 0 ? roundScore((100 * freeSeats) / base) : null,
    freeSeats,
    base,
    basis,
    inventoryExceedsFleet,
  };
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** The declarations by audience and source (own, or the pooling body's). */
function checkedFleet(fleet: readonly FleetDeclaration[]): Map<string, FleetDeclaration> {
  const byAudience = new Map<string, FleetDeclaration>();
  fleet.forEach((declaration, index) => {
    if (!isFleetAudience(declaration.audience)) {
      throw new Error(`Fleet declaration ${index}: unknown audience ${String(declaration.audience)}`);
    }
    const key = `${declaration.audience}/${sourceOf(declaration)}`;
    if (byAudience.has(key)) {
      throw new Error(`Several fleet declarations for audience ${declaration.audience}`);
    }
    for (const count of FLEET_COUNTS) {
      const value = declaration[count];
      if (value !== null && !isCount(value)) {
        throw new RangeError(`Fleet declaration ${index}: ${count} must be a non-negative integer or null`);
      }
    }
    byAudience.set(key, declaration);
  });
  return byAudience;
}
