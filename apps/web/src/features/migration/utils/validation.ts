import {
  TNL_AWARDS_2025,
  TNL_LEGACY_LEVELS,
  TNL_SCALE_YEARS,
  stageIndex,
  type MigrationStage,
  type SoftwareCategory,
  type TnlScale,
  type TnlSpecialMention,
} from '@pacte/pact';
import type {
  AddInventoryItemInput,
  AdvanceMigrationStageInput,
  RecordTnlLabelInput,
  UpdateInventoryItemInput,
} from '../../../generated/graphql';

/** A problem with one field, named by its message key suffix (`migration.problem.<problem>`). */
export type InventoryProblem =
  | 'required'
  | 'tooLong'
  | 'date'
  | 'future'
  | 'beforeCurrent'
  | 'seats'
  | 'laterStage'
  | 'evidenceTitle'
  | 'evidenceActions'
  | 'year'
  | 'level'
  | 'url'
  | null;

export type Problems<F> = Partial<Record<keyof F, InventoryProblem>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the user's time zone, YYYY-MM-DD (what a date input shows as today). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A reached date: required, valid, not after today, and not before `notBefore` when given. */
export function checkReachedDate(value: string, today: string, notBefore?: string): InventoryProblem {
  if (value === '') return 'required';
  if (!ISO_DATE.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())) return 'date';
  if (value > today) return 'future';
  if (notBefore && value < notBefore) return 'beforeCurrent';
  return null;
}

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
  notes: string;
}

export interface NewItemForm extends ItemForm {
  stage: MigrationStage;
  stageReachedOn: string;
}

export function checkItemForm(f: ItemForm): Problems<ItemForm> {
  const problems: Problems<ItemForm> = {};
  if (f.category === '') problems.category = 'required';
  if (f.productName.trim() === '') problems.productName = 'required';
  else if (f.productName.trim().length > 200) problems.productName = 'tooLong';
  if (f.seats.trim() !== '') {
    const n = Number(f.seats);
    if (!Number.isInteger(n) || n < 0) problems.seats = 'seats';
  }
  if (f.notes.length > 4000) problems.notes = 'tooLong';
  return problems;
}

export function checkNewItemForm(f: NewItemForm, today: string): Problems<NewItemForm> {
  const problems: Problems<NewItemForm> = checkItemForm(f);
  const date = checkReachedDate(f.stageReachedOn, today);
  if (date) problems.stageReachedOn = date;
  return problems;
}

function entryFields(f: ItemForm) {
  return {
    productIsFree: f.productIsFree,
    productEntryId: f.productIsFree ? (f.entry?.id ?? null) : null,
    targetEntryId: f.productIsFree ? null : (f.entry?.id ?? null),
  };
}

/** The input of addInventoryItem; the pact actions are left to the category's defaults. */
export function addItemInput(collectivityId: string, f: NewItemForm): AddInventoryItemInput {
  return {
    collectivityId,
    category: f.category as SoftwareCategory,
    productName: f.productName.trim(),
    ...entryFields(f),
    seats: f.seats.trim() === '' ? null : Number(f.seats),
    stage: f.stage,
    stageReachedOn: f.stageReachedOn,
    notes: f.notes.trim() === '' ? null : f.notes.trim(),
  };
}

/** The input of updateInventoryItem: every field of the form; the actions only when the user changed them. */
export function updateItemInput(itemId: string, f: ItemForm, actionCodes?: string[]): UpdateInventoryItemInput {
  return {
    itemId,
    category: f.category as SoftwareCategory,
    productName: f.productName.trim(),
    ...entryFields(f),
    seats: f.seats.trim() === '' ? null : Number(f.seats),
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

/** The rules of advanceMigrationStage: a later stage, a date neither in the future nor before the current stage. */
export function checkAdvanceForm(
  f: AdvanceForm,
  current: { stage: MigrationStage; stageReachedOn: string; actionCodes: readonly string[] },
  today: string,
): Problems<AdvanceForm> {
  const problems: Problems<AdvanceForm> = {};
  if (f.stage === '') problems.stage = 'required';
  else if (stageIndex(f.stage) <= stageIndex(current.stage)) problems.stage = 'laterStage';
  const date = checkReachedDate(f.date, today, current.stageReachedOn);
  if (date) problems.date = date;
  if (f.notes.length > 4000) problems.notes = 'tooLong';
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

/** The scale of a vintage: the levels 1 to 5 until 2024, Badge to Or from 2025. */
export function scaleOfYear(year: number): TnlScale {
  return year >= TNL_SCALE_YEARS['2025'].from ? '2025' : 'LEGACY';
}

export function levelsOf(scale: TnlScale): readonly string[] {
  return scale === 'LEGACY' ? TNL_LEGACY_LEVELS.map(String) : TNL_AWARDS_2025;
}

/** The rules of recordTnlLabel (checkAwardedLabel): a vintage from 2016 to this year, a level of its scale. */
export function checkLabelForm(f: LabelForm, thisYear: number): Problems<LabelForm> {
  const problems: Problems<LabelForm> = {};
  const year = Number(f.year);
  if (f.year.trim() === '') problems.year = 'required';
  else if (!Number.isInteger(year) || year < TNL_SCALE_YEARS.LEGACY.from || year > thisYear) problems.year = 'year';
  else if (f.level === '') problems.level = 'required';
  else if (!levelsOf(scaleOfYear(year)).includes(f.level)) problems.level = 'level';
  if (f.url.trim() !== '' && !/^https?:\/\/\S+$/.test(f.url.trim())) problems.url = 'url';
  return problems;
}

export function labelInput(collectivityId: string, f: LabelForm): RecordTnlLabelInput {
  const year = Number(f.year);
  const scale = scaleOfYear(year);
  return {
    collectivityId,
    year,
    scale: scale === '2025' ? 'SCALE_2025' : 'LEGACY',
    level: f.level,
    mentions: scale === '2025' ? f.mentions : [],
    url: f.url.trim() === '' ? null : f.url.trim(),
  };
}
