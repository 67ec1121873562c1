import { z } from 'zod';
import { MIGRATION_STAGES, MigrationStage, stageIndex } from '../migration-stage';
import { SOFTWARE_CATEGORIES } from '../software/categories';
import { MAX_PLANNED_STAGES, PlannedStage } from '../software/planned-stages';
import { FLEET_AUDIENCES } from '../software/fleet';
import { RuleIssue } from './codes';
import { RuleContext } from './context';
import { isoDate, pastIsoDate } from './date-fields';
import { codeList, expectedVersion, filledText, flag, id, oneOf, optionalText, wholeNumber } from './fields';
import { pooledItemMembers } from './pooling';
import { addIssue } from './validate';

/** A stage is recorded once reached: its date is not after today (in France). */
const notInFuture = (ctx: RuleContext) => pastIsoDate(ctx.today, 'MIGRATION_STAGE_DATE_IN_FUTURE');

/** A planned stage is a day to come: today or later (in France). */
const plannedStagesField = (ctx: RuleContext) =>
  z
    .array(
      z.strictObject({
        stage: oneOf(MIGRATION_STAGES),
        plannedOn: isoDate().refine((day) => day >= ctx.today, { error: 'MIGRATION_PLAN_DATE_IN_PAST' }),
      }),
      'INVALID_VALUE',
    )
    .max(MAX_PLANNED_STAGES, 'TOO_MANY');

/**
 * The rules of a plan against the item's current stage: every planned stage comes after it
 * (MIGRATION_PLAN_STAGE_NOT_AHEAD), each stage once, and a later stage on a later day or the same
 * (MIGRATION_PLAN_OUT_OF_ORDER). The days themselves are checked by the schemas (not before today).
 */
export function checkPlannedStages(current: MigrationStage, planned: readonly PlannedStage[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<MigrationStage>();
  planned.forEach((p, index) => {
    const at = `plannedStages.${index}`;
    if (stageIndex(p.stage) <= stageIndex(current))
      issues.push({ path: `${at}.stage`, code: 'MIGRATION_PLAN_STAGE_NOT_AHEAD' });
    else if (seen.has(p.stage)) issues.push({ path: `${at}.stage`, code: 'MIGRATION_PLAN_OUT_OF_ORDER' });
    else if (
      planned.some(
        (q) =>
          (stageIndex(q.stage) < stageIndex(p.stage) && q.plannedOn > p.plannedOn) ||
          (stageIndex(q.stage) > stageIndex(p.stage) && q.plannedOn < p.plannedOn),
      )
    ) {
      issues.push({ path: `${at}.plannedOn`, code: 'MIGRATION_PLAN_OUT_OF_ORDER' });
    }
    seen.add(p.stage);
  });
  return issues;
}

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

/**
 * addInventoryItem: the item, the stage it is at and since when (default today), and the stages planned after it
 * (`checkPlannedStages`).
 */
export const inventoryItemAddSchema = (ctx: RuleContext) =>
  z
    .strictObject({
      collectivityId: id(),
      ...itemFields,
      stage: oneOf(MIGRATION_STAGES).default('INVENTORY'),
      stageReachedOn: notInFuture(ctx).nullish(),
      plannedStages: plannedStagesField(ctx).nullish(),
    })
    .superRefine((v, refine) => {
      for (const issue of checkPlannedStages(v.stage, v.plannedStages ?? [])) addIssue(refine, issue.path, issue.code);
    });
export type InventoryItemAdd = z.input<ReturnType<typeof inventoryItemAddSchema>>;

/**
 * updateInventoryItem: omitted fields are kept, null clears an optional one; `plannedStages` replaces the plan (the
 * API checks it against the item's current stage with `checkPlannedStages`).
 */
export const inventoryItemUpdateSchema = (ctx: RuleContext) =>
  z.strictObject({
    itemId: id(),
    ...itemFields,
    category: itemFields.category.nullish(),
    productName: itemFields.productName.nullish(),
    productIsFree: itemFields.productIsFree.nullish(),
    plannedStages: plannedStagesField(ctx).nullish(),
    expectedVersion: expectedVersion(),
  });
export type InventoryItemUpdate = z.input<ReturnType<typeof inventoryItemUpdateSchema>>;

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
