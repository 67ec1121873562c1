import { z } from 'zod';
import { MIGRATION_STAGES, MigrationStage, stageIndex } from '../migration-stage';
import { SOFTWARE_CATEGORIES } from '../software/categories';
import { FLEET_AUDIENCES } from '../software/fleet';
import { RuleIssue } from './codes';
import { RuleContext } from './context';
import { isoDate, pastIsoDate } from './date-fields';
import { codeList, expectedVersion, filledText, flag, id, oneOf, optionalText, wholeNumber } from './fields';
import { pooledItemMembers } from './pooling';
import { addIssue } from './validate';

/** A stage is recorded once reached: its date is not after today (in France). */
const notInFuture = (ctx: RuleContext) => pastIsoDate(ctx.today, 'MIGRATION_STAGE_DATE_IN_FUTURE');

/** Fields an inventory item has both when added and when edited. */
const itemFields = {
  category: oneOf(SOFTWARE_CATEGORIES),
  productName: filledText(200),
  productIsFree: flag(),
  seats: wholeNumber(0).nullish(),
  audience: oneOf(FLEET_AUDIENCES).nullish(),
  /** Action 1.3: the contract or licence's end and renewal dates, and its yearly cost in whole euros. */
  contractEndsOn: isoDate().nullish(),
  renewalOn: isoDate().nullish(),
  yearlyCost: wholeNumber(0, 1_000_000_000).nullish(),
  productEntryId: id().nullish(),
  targetEntryId: id().nullish(),
  actionCodes: codeList(40).nullish(),
  notes: optionalText(4000),
  /** A pooling body's item (EPCI, syndicat): the member communes it applies to; null or absent: all of them. */
  appliesToMemberIds: pooledItemMembers(),
};

/** addInventoryItem: the item, the stage it is at and since when (default today). */
export const inventoryItemAddSchema = (ctx: RuleContext) =>
  z.strictObject({
    collectivityId: id(),
    ...itemFields,
    stage: oneOf(MIGRATION_STAGES).default('INVENTORY'),
    stageReachedOn: notInFuture(ctx).nullish(),
  });
export type InventoryItemAdd = z.input<ReturnType<typeof inventoryItemAddSchema>>;

/** updateInventoryItem: omitted fields are kept, null clears an optional one. */
export const inventoryItemUpdateSchema = z.strictObject({
  itemId: id(),
  ...itemFields,
  category: itemFields.category.nullish(),
  productName: itemFields.productName.nullish(),
  productIsFree: itemFields.productIsFree.nullish(),
  expectedVersion: expectedVersion(),
});
export type InventoryItemUpdate = z.input<typeof inventoryItemUpdateSchema>;

/** advanceMigrationStage: a later stage, reached on a date not in the future, with notes and evidence. */
export const stageAdvanceSchema = (ctx: RuleContext) =>
  z.strictObject({
    itemId: id(),
    stage: oneOf(MIGRATION_STAGES),
    date: notInFuture(ctx),
    notes: optionalText(4000),
    evidenceIds: z.array(id(), 'INVALID_VALUE').max(20, 'TOO_MANY').nullish(),
    expectedVersion: expectedVersion(),
  });
export type StageAdvance = z.input<ReturnType<typeof stageAdvanceSchema>>;

/**
 * The rules of an advance against the item's current stage: a stage after it (stages may be skipped;
 * MIGRATION_STAGE_NOT_FORWARD), on a date not before the day the current stage was reached
 * (MIGRATION_STAGE_DATE_BEFORE_PREVIOUS).
 */
export function checkStageAdvance(
  current: { stage: MigrationStage; stageReachedOn: string },
  next: { stage: MigrationStage; date: string },
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (stageIndex(next.stage) <= stageIndex(current.stage)) {
    issues.push({ path: 'stage', code: 'MIGRATION_STAGE_NOT_FORWARD' });
  }
  if (next.date < current.stageReachedOn) issues.push({ path: 'date', code: 'MIGRATION_STAGE_DATE_BEFORE_PREVIOUS' });
  return issues;
}

/** `checkStageAdvance` as a refinement, for a form that knows the current stage. */
export const stageAdvanceAgainst = (ctx: RuleContext, current: { stage: MigrationStage; stageReachedOn: string }) =>
  stageAdvanceSchema(ctx).superRefine((v, refine) => {
    for (const issue of checkStageAdvance(current, v)) addIssue(refine, issue.path, issue.code);
  });
