import { MigrationStage } from '../migration-stage';

/** What the contract summary reads of an inventory item (action 1.3: anticipate the end of proprietary licences). */
export interface ContractItemInput {
  /** Whether the software in use is free. */
  isFree: boolean;
  stage: MigrationStage;
  /** YYYY-MM-DD the contract or licence ends; null when not known. */
  contractEndsOn: string | null;
  /** YYYY-MM-DD it renews (or must be renewed or ended); null when not known. */
  renewalOn: string | null;
  /** What the licence costs a year, in whole euros; null when not known. */
  yearlyCost: number | null;
}

export interface ContractSummary {
  /** The indexes of the items whose contract ends or renews within 12 months of today (today included), soonest first. */
  dueWithin12Months: number[];
  /** The yearly cost of the proprietary licences still in use (product not free, legacy not removed), in euros. */
  proprietaryYearlyCost: number;
  /** Proprietary licences still in use whose yearly cost is not known (so the total is a lower bound). */
  proprietaryWithoutCost: number;
}

/** The day `months` calendar months after `day` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The next date an item's contract asks a decision: its renewal, else its end; null when neither is known. */
export function contractDueOn(item: Pick<ContractItemInput, 'contractEndsOn' | 'renewalOn'>): string | null {
  return item.renewalOn ?? item.contractEndsOn;
}

/**
 * The contracts of an inventory, as action 1.3 reads them: which come to a decision (renewal, else end) within the
 * next 12 months, and what the proprietary licences still in use cost a year. A licence is still in use until the
 * migration removes the legacy software (LEGACY_REMOVED); a free product has no licence to pay.
 */
export function contractSummary(items: readonly ContractItemInput[], today: string): ContractSummary {
  const horizon = addMonths(today, 12);
  const due = items
    .map((item, index) => ({ index, on: contractDueOn(item) }))
    .filter((d): d is { index: number; on: string } => d.on !== null && d.on >= today && d.on <= horizon)
    .sort((a, b) => a.on.localeCompare(b.on) || a.index - b.index);
  const proprietary = items.filter((i) => !i.isFree && i.stage !== 'LEGACY_REMOVED');
  items.forEach((item, index) => {
    if (item.yearlyCost !== null && !(Number.isSafeInteger(item.yearlyCost) && item.yearlyCost >= 0)) {
      throw new RangeError(`Inventory item ${index}: yearly cost must be a non-negative whole number of euros`);
    }
  });
  return {
    dueWithin12Months: due.map((d) => d.index),
    proprietaryYearlyCost: proprietary.reduce((sum, i) => sum + (i.yearlyCost ?? 0), 0),
    proprietaryWithoutCost: proprietary.filter((i) => i.yearlyCost === null).length,
  };
}
