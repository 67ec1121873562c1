import {
  evidenceAddSchema,
  evidenceWithdrawSchema,
  milestoneAddSchema,
  milestoneUpdateSchema,
  progressUpdateSchema,
  type EvidenceKind,
  type ProgressStatus,
} from '@pacte/pact';
import { formProblems, type FormProblems } from '../../../lib/rules';

/**
 * The editing forms check what they would send with the rulebook's schemas (libs/pact/src/rules), the ones the API
 * applies: a refusal is a rule code, shown as `rule.<CODE>`. The ids are not the user's to type: placeholders stand
 * for them while the form is checked.
 */
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const SOME_ACTION = '1.1';

export interface ProgressForm {
  status: ProgressStatus;
  progress: string;
  targetDate: string;
  justification: string;
}

/** The input of updateActionProgress from the form: an empty % is the status default, an empty date is kept. */
export function progressInput(commitmentId: string, actionCode: string, f: ProgressForm) {
  return {
    commitmentId,
    actionCode,
    status: f.status,
    progress: f.progress.trim() === '' ? null : Number(f.progress),
    ...(f.targetDate ? { targetDate: f.targetDate } : {}),
    justification: f.justification.trim() === '' ? null : f.justification.trim(),
  };
}

/** The rules of updateActionProgress: status ↔ % ↔ justification, a real target date. */
export function checkProgressForm(f: ProgressForm): FormProblems<ProgressForm> {
  return formProblems<ProgressForm>(progressUpdateSchema, progressInput(SOME_ID, SOME_ACTION, f));
}

export interface MilestoneForm {
  title: string;
  date: string;
  reached: boolean;
}

export function checkMilestoneForm(f: MilestoneForm): FormProblems<MilestoneForm> {
  return formProblems<MilestoneForm>(milestoneAddSchema, {
    commitmentId: SOME_ID,
    actionCode: SOME_ACTION,
    ...f,
  });
}

export interface EvidenceForm {
  kind: EvidenceKind;
  date: string;
  title: string;
  url: string;
  actionCodes: string[];
  /** The label criteria the evidence answers directly (filed under them); none for evidence of actions only. */
  criterionIds?: string[];
}

/** The input of addEvidence from the form (an empty address is none). */
export function evidenceInput(commitmentId: string, f: EvidenceForm) {
  return {
    commitmentId,
    actionCodes: f.actionCodes,
    ...(f.criterionIds?.length ? { criterionIds: f.criterionIds } : {}),
    kind: f.kind,
    date: f.date,
    title: f.title.trim(),
    url: f.url.trim() === '' ? null : f.url.trim(),
  };
}

export function checkEvidenceForm(f: EvidenceForm): FormProblems<EvidenceForm> {
  return formProblems<EvidenceForm>(evidenceAddSchema, { ...evidenceInput(SOME_ID, f), title: f.title });
}

export interface EvidenceEditForm extends EvidenceForm {
  description: string;
}

/**
 * The input of updateEvidence from the edit form: every field is sent (an empty address or description is none), but
 * the criteria, which an edit keeps.
 */
export function evidenceUpdateInput(evidenceId: string, f: EvidenceEditForm, expectedVersion: number) {
  const { commitmentId: _unused, ...fields } = evidenceInput(SOME_ID, { ...f, criterionIds: [] });
  return { evidenceId, ...fields, description: f.description.trim() || null, expectedVersion };
}

/**
 * The edited evidence must still pass the rules of new evidence: an action or a label criterion (evidence filed
 * under a criterion needs no action), an address for the kinds that need one.
 */
export function checkEvidenceEditForm(f: EvidenceEditForm): FormProblems<EvidenceEditForm> {
  return formProblems<EvidenceEditForm>(evidenceAddSchema, {
    ...evidenceInput(SOME_ID, f),
    title: f.title,
    description: f.description.trim() || null,
  });
}

export interface MilestoneEditForm {
  title: string;
  date: string;
  description: string;
}

export function milestoneUpdateInput(milestoneId: string, f: MilestoneEditForm, expectedVersion: number) {
  return {
    milestoneId,
    title: f.title.trim(),
    date: f.date,
    description: f.description.trim() || null,
    expectedVersion,
  };
}

export function checkMilestoneEditForm(f: MilestoneEditForm): FormProblems<MilestoneEditForm> {
  return formProblems<MilestoneEditForm>(milestoneUpdateSchema, {
    ...milestoneUpdateInput(SOME_ID, f, 1),
    title: f.title,
  });
}

export interface WithdrawForm {
  reason: string;
}

/** A withdrawal needs a reason (the rulebook's, for evidence and milestones alike). */
export function checkWithdrawForm(f: WithdrawForm): FormProblems<WithdrawForm> {
  return formProblems<WithdrawForm>(evidenceWithdrawSchema, { evidenceId: SOME_ID, reason: f.reason });
}
