import type { EvidenceKind, ProgressStatus } from '@pacte/pact';

/** A problem with one field, named by its message key suffix (`edit.problem.<problem>`). */
export type EditProblem =
  | 'required'
  | 'date'
  | 'progressRange'
  | 'progressNotAllowed'
  | 'justificationRequired'
  | 'url'
  | 'urlRequired'
  | 'actionsRequired'
  | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string, required: boolean): EditProblem {
  if (value === '') return required ? 'required' : null;
  if (!ISO_DATE.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime())) return 'date';
  return null;
}

export interface ProgressForm {
  status: ProgressStatus;
  progress: string;
  targetDate: string;
  justification: string;
}

/** The rules of updateActionProgress (docs/api.md), checked as the user types. */
export function checkProgressForm(f: ProgressForm): Partial<Record<keyof ProgressForm, EditProblem>> {
  const problems: Partial<Record<keyof ProgressForm, EditProblem>> = {};
  if (f.progress.trim() !== '') {
    const n = Number(f.progress);
    if (f.status === 'NOT_APPLICABLE') problems.progress = 'progressNotAllowed';
    else if (!Number.isInteger(n) || n < 0 || n > 100) problems.progress = 'progressRange';
  }
  if ((f.status === 'NOT_APPLICABLE' || f.status === 'ABANDONED') && f.justification.trim() === '') {
    problems.justification = 'justificationRequired';
  }
  const date = checkDate(f.targetDate, false);
  if (date) problems.targetDate = date;
  return problems;
}

export interface MilestoneForm {
  title: string;
  date: string;
  reached: boolean;
}

export function checkMilestoneForm(f: MilestoneForm): Partial<Record<keyof MilestoneForm, EditProblem>> {
  const problems: Partial<Record<keyof MilestoneForm, EditProblem>> = {};
  if (f.title.trim() === '') problems.title = 'required';
  const date = checkDate(f.date, true);
  if (date) problems.date = date;
  return problems;
}

export interface EvidenceForm {
  kind: EvidenceKind;
  date: string;
  title: string;
  url: string;
  actionCodes: string[];
}

/** Kinds whose evidence needs an address (EVIDENCE_URL_REQUIRED). */
export const URL_REQUIRED_KINDS: readonly EvidenceKind[] = ['RUNNING_SERVICE', 'PUBLISHED_REPOSITORY'];

export function checkEvidenceForm(f: EvidenceForm): Partial<Record<keyof EvidenceForm, EditProblem>> {
  const problems: Partial<Record<keyof EvidenceForm, EditProblem>> = {};
  if (f.title.trim() === '') problems.title = 'required';
  const date = checkDate(f.date, true);
  if (date) problems.date = date;
  if (f.url.trim() === '') {
    if (URL_REQUIRED_KINDS.includes(f.kind)) problems.url = 'urlRequired';
  } else if (!/^https?:\/\/\S+$/.test(f.url.trim())) problems.url = 'url';
  if (f.actionCodes.length === 0) problems.actionCodes = 'actionsRequired';
  return problems;
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

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
