import {
  fleetDeclarationSchema,
  inventoryItemAddSchema,
  stageAdvanceAgainst,
  tnlLabelSchema,
  tnlScaleOfYear,
  MIGRATION_STAGES,
  type FleetAudience,
  type MigrationStage,
  type PlannedStage,
  type SoftwareCategory,
  type TnlSpecialMention,
} from '@pacte/pact';
import type {
  AddInventoryItemInput,
  AdvanceMigrationStageInput,
  DeclareFleetInput,
  RecordTnlLabelInput,
  UpdateInventoryItemInput,
} from '../../../generated/graphql';
import { formProblems, type RuleProblem } from '../../../lib/rules';

/**
 * The inventory and label forms check what they would send with the rulebook's schemas (libs/pact/src/rules), the
 * ones the API applies. A problem is a rule code (`rule.<CODE>`), or one of the two problems of the evidence the
 * advance form records on the way (`migration.problem.<problem>`). Ids are not the user's to type: a placeholder
 * stands for them while the form is checked.
 */
export type InventoryProblem = RuleProblem | 'evidenceTitle' | 'evidenceActions' | 'membersTooFew';

export type Problems<F> = Partial<Record<keyof F, InventoryProblem | null>>;

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** An empty field the form requires is missing (REQUIRED), not malformed. */
const orMissing = (value: string) => (value.trim() === '' ? undefined : value);

/** The fields an inventory item shares between adding and editing it. */
export interface ItemForm {
  category: SoftwareCategory | '';
  /** The software in use, e.g. "Microsoft Office 2019". */
  productName: string;
  /** The software in use is already free: the catalogue entry is the product, there is no target. */
  productIsFree: boolean;
  /** The catalogue entry picked: the free target, or the product itself when it is free. */
  entry: { id: string; name: string; replaces?: readonly string[] } | null;
  seats: string;
  /** Whose machines: its seats count against that audience's fleet. */
  audience: FleetAudience;
  /** Action 1.3: the contract's end and renewal dates (YYYY-MM-DD or empty), its yearly cost in euros. */
  contractEndsOn: string;
  renewalOn: string;
  yearlyCost: string;
  notes: string;
  /** The day each later stage is planned for (YYYY-MM-DD), empty when not planned. */
  plannedOn: Partial<Record<MigrationStage, string>>;
  /**
   * Pooled IT, on a pooling body's item only (its `pooledItMembers` non-empty): the item applies to some member
   * communes only, those of `memberIds`, rather than to all of them.
   */
  appliesToSome: boolean;
  memberIds: string[];
}

/**
 * The item's `appliesToMemberIds` as the API takes it: for a pooling body's item, null (all its member communes) or
 * the communes ticked; for any other collectivity's, absent.
 */
export function appliesToMemberIdsOf(f: Pick<ItemForm, 'appliesToSome' | 'memberIds'>, pooled: boolean) {
  if (!pooled) return undefined;
  return f.appliesToSome ? f.memberIds : null;
}

const sameMembers = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) =>
  JSON.stringify(a == null ? a : [...a].sort()) === JSON.stringify(b == null ? b : [...b].sort());

/** The plan as the API takes it: the stages with a day, in the stages' order. */
export function plannedStagesOf(f: Pick<ItemForm, 'plannedOn'>): PlannedStage[] {
  return MIGRATION_STAGES.flatMap((stage) => {
    const day = f.plannedOn[stage]?.trim() ?? '';
    return day === '' ? [] : [{ stage, plannedOn: day }];
  });
}

/** The form's plan from the API's. */
export function plannedOnOf(planned: readonly PlannedStage[]): Partial<Record<MigrationStage, string>> {
  return Object.fromEntries(planned.map((p) => [p.stage, p.plannedOn]));
}

const samePlan = (a: readonly PlannedStage[], b: readonly PlannedStage[]) =>
  JSON.stringify(a.map((p) => [p.stage, p.plannedOn])) === JSON.stringify(b.map((p) => [p.stage, p.plannedOn]));

export interface NewItemForm extends ItemForm {
  stage: MigrationStage;
  stageReachedOn: string;
}

/** The item's fields as the rulebook's addInventoryItem schema reads them. */
function itemCheckInput(f: ItemForm, pooled: boolean) {
  return {
    // The communes are ticked among the body's members: only their number is the user's to get wrong.
    appliesToMemberIds: appliesToMemberIdsOf(f, pooled)?.map(() => SOME_ID),
    collectivityId: SOME_ID,
    category: f.category === '' ? undefined : f.category,
    productName: f.productName.trim(),
    productIsFree: f.productIsFree,
    seats: f.seats.trim() === '' ? null : Number(f.seats),
    audience: f.audience,
    ...contractFields(f),
    notes: f.notes,
  };
}

/**
 * An item edited: its plan is checked against its current stage, and only when changed (a plan kept as it was may
 * hold a day now past, which the API takes as long as the plan is not sent again).
 */
/** The rulebook's TOO_FEW reads "at least one action": for the member communes, the form says its own. */
function withMembersProblem<F extends ItemForm>(problems: Problems<F>): Problems<F> {
  if (problems.memberIds?.split(':')[0] === 'TOO_FEW') problems.memberIds = 'membersTooFew';
  return problems;
}

export function checkItemForm(
  f: ItemForm,
  today: string,
  current: { stage: MigrationStage; plannedStages: readonly PlannedStage[] },
  pooled = false,
): Problems<ItemForm> {
  const planned = plannedStagesOf(f);
  const problems = formProblems<ItemForm>(
    inventoryItemAddSchema({ today }),
    {
      ...itemCheckInput(f, pooled),
      stage: current.stage,
      ...(samePlan(planned, current.plannedStages) ? {} : { plannedStages: planned }),
    },
    { plannedStages: 'plannedOn', appliesToMemberIds: 'memberIds' },
  );
  return withMembersProblem(problems);
}

/** A new item, at its stage since a day the form requires (the API would take today). */
export function checkNewItemForm(f: NewItemForm, today: string, pooled = false): Problems<NewItemForm> {
  const problems: Problems<NewItemForm> = formProblems<NewItemForm>(
    inventoryItemAddSchema({ today }),
    {
      ...itemCheckInput(f, pooled),
      stage: f.stage,
      stageReachedOn: orMissing(f.stageReachedOn),
      plannedStages: plannedStagesOf(f),
    },
    { plannedStages: 'plannedOn', appliesToMemberIds: 'memberIds' },
  );
  if (f.stageReachedOn.trim() === '') problems.stageReachedOn = 'REQUIRED';
  return withMembersProblem(problems);
}

/** The contract fields as the API takes them: an empty field is null. */
function contractFields(f: ItemForm) {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    contractEndsOn: orNull(f.contractEndsOn),
    renewalOn: orNull(f.renewalOn),
    yearlyCost: f.yearlyCost.trim() === '' ? null : Number(f.yearlyCost),
  };
}

function entryFields(f: ItemForm) {
  return {
    productIsFree: f.productIsFree,
    productEntryId: f.productIsFree ? (f.entry?.id ?? null) : null,
    targetEntryId: f.productIsFree ? null : (f.entry?.id ?? null),
  };
}

/**
 * The input of addInventoryItem; the pact actions are left to the category's defaults. `pooled`: the collectivity is
 * a pooling body with member communes, the item says which it applies to.
 */
export function addItemInput(collectivityId: string, f: NewItemForm, pooled = false): AddInventoryItemInput {
  const appliesToMemberIds = appliesToMemberIdsOf(f, pooled);
  return {
    ...(appliesToMemberIds === undefined ? {} : { appliesToMemberIds }),
    collectivityId,
    category: f.category as SoftwareCategory,
    productName: f.productName.trim(),
    ...entryFields(f),
    seats: f.seats.trim() === '' ? null : Number(f.seats),
    audience: f.audience,
    ...contractFields(f),
    stage: f.stage,
    stageReachedOn: f.stageReachedOn,
    plannedStages: plannedStagesOf(f),
    notes: f.notes.trim() === '' ? null : f.notes.trim(),
  };
}

/**
 * The input of updateInventoryItem: every field of the form; the actions only when the user changed them, the plan
 * only when it differs from `plannedBefore` (the item's), the member communes only on a pooling body's item
 * (`membersBefore` given: the item's, null for all) and when changed.
 */
export function updateItemInput(
  itemId: string,
  f: ItemForm,
  actionCodes?: string[],
  plannedBefore: readonly PlannedStage[] = [],
  membersBefore?: readonly string[] | null,
): UpdateInventoryItemInput {
  const planned = plannedStagesOf(f);
  const appliesToMemberIds = appliesToMemberIdsOf(f, membersBefore !== undefined);
  return {
    ...(appliesToMemberIds === undefined || sameMembers(appliesToMemberIds, membersBefore)
      ? {}
      : { appliesToMemberIds }),
    ...(samePlan(planned, plannedBefore) ? {} : { plannedStages: planned }),
    itemId,
    category: f.category as SoftwareCategory,
    productName: f.productName.trim(),
    ...entryFields(f),
    seats: f.seats.trim() === '' ? null : Number(f.seats),
    audience: f.audience,
    ...contractFields(f),
    notes: f.notes.trim() === '' ? null : f.notes.trim(),
    ...(actionCodes ? { actionCodes } : {}),
  };
}

export interface AdvanceForm {
  stage: MigrationStage | '';
  date: string;
  notes: string;
  /** Evidence already recorded for the commitment. */
  evidenceIds: string[];
  /** A new piece of evidence, recorded first (a document, linked to the item's actions), with an optional file. */
  evidenceTitle: string;
  hasFile: boolean;
}

/**
 * The rules of advanceMigrationStage (the rulebook's, against the current stage): a later stage, a date neither in the
 * future nor before the current stage's; and the evidence the form records on the way needs a title for its file and
 * actions to support.
 */
export function checkAdvanceForm(
  f: AdvanceForm,
  current: { stage: MigrationStage; stageReachedOn: string; actionCodes: readonly string[] },
  today: string,
): Problems<AdvanceForm> {
  const problems: Problems<AdvanceForm> = formProblems<AdvanceForm>(stageAdvanceAgainst({ today }, current), {
    itemId: SOME_ID,
    stage: f.stage === '' ? undefined : f.stage,
    date: orMissing(f.date),
    notes: f.notes,
  });
  if (f.evidenceTitle.trim() === '' && f.hasFile) problems.evidenceTitle = 'evidenceTitle';
  else if (f.evidenceTitle.trim() !== '' && current.actionCodes.length === 0)
    problems.evidenceTitle = 'evidenceActions';
  return problems;
}

export function advanceInput(itemId: string, f: AdvanceForm, evidenceIds: string[]): AdvanceMigrationStageInput {
  return {
    itemId,
    stage: f.stage as MigrationStage,
    date: f.date,
    notes: f.notes.trim() === '' ? null : f.notes.trim(),
    evidenceIds: evidenceIds.length > 0 ? evidenceIds : null,
  };
}

export interface LabelForm {
  year: string;
  level: string;
  mentions: TnlSpecialMention[];
  url: string;
}

/** The rules of recordTnlLabel (the rulebook's): a vintage from 2016 to this year, a level of its scale. */
export function checkLabelForm(f: LabelForm, today: string): Problems<LabelForm> {
  const year = Number(f.year);
  return formProblems<LabelForm>(tnlLabelSchema({ today }), {
    collectivityId: SOME_ID,
    year: f.year.trim() === '' ? undefined : year,
    scale: tnlScaleOfYear(year),
    level: orMissing(f.level),
    mentions: f.mentions,
    url: f.url.trim() === '' ? null : f.url.trim(),
  });
}

export function labelInput(collectivityId: string, f: LabelForm): RecordTnlLabelInput {
  const year = Number(f.year);
  const scale = tnlScaleOfYear(year);
  return {
    collectivityId,
    year,
    scale: scale === '2025' ? 'SCALE_2025' : 'LEGACY',
    level: f.level,
    mentions: scale === '2025' ? f.mentions : [],
    url: f.url.trim() === '' ? null : f.url.trim(),
  };
}

/** One audience's fleet as typed: counts left empty are not declared. */
export interface FleetForm {
  audience: FleetAudience;
  workstations: string;
  servers: string;
  officeSeats: string;
  asOf: string;
}

const count = (value: string) => (value.trim() === '' ? null : Number(value));

/** The rules of declareFleet (the rulebook's): whole counts, a day that is not in the future. */
export function checkFleetForm(f: FleetForm, today: string): Problems<FleetForm> {
  const problems: Problems<FleetForm> = formProblems<FleetForm>(fleetDeclarationSchema({ today }), {
    collectivityId: SOME_ID,
    audience: f.audience,
    workstations: count(f.workstations),
    servers: count(f.servers),
    officeSeats: count(f.officeSeats),
    asOf: orMissing(f.asOf),
  });
  if (f.asOf.trim() === '') problems.asOf = 'REQUIRED';
  return problems;
}

export function fleetInput(collectivityId: string, f: FleetForm, expectedVersion: number | null): DeclareFleetInput {
  return {
    collectivityId,
    audience: f.audience,
    workstations: count(f.workstations),
    servers: count(f.servers),
    officeSeats: count(f.officeSeats),
    asOf: f.asOf,
    expectedVersion,
  };
}
