import { LocalizedText, makeGuard } from './i18n';

/**
 * Where a committed collectivity declares it stands on one action of the pact.
 * The status gives a default progress; an explicit percentage may override it (see `effectiveProgress`).
 */
export const PROGRESS_STATUSES = [
  'NOT_STARTED',
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
  'NOT_APPLICABLE',
  'ABANDONED',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const isProgressStatus = makeGuard(PROGRESS_STATUSES);

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, LocalizedText> = {
  NOT_STARTED: { fr: 'Non commencée', en: 'Not started' },
  PLANNED: { fr: 'Planifiée', en: 'Planned' },
  IN_PROGRESS: { fr: 'En cours', en: 'In progress' },
  DONE: { fr: 'Réalisée', en: 'Done' },
  NOT_APPLICABLE: { fr: 'Non applicable', en: 'Not applicable' },
  ABANDONED: { fr: 'Abandonnée', en: 'Abandoned' },
};

const DEFAULT_PROGRESS: Record<ProgressStatus, number | null> = {
  NOT_STARTED: 0,
  PLANNED: 10,
  IN_PROGRESS: 50,
  DONE: 100,
  // Excluded from every score: neither in the numerator nor in the denominator.
  NOT_APPLICABLE: null,
  // An abandoned pledge counts, and counts for nothing.
  ABANDONED: 0,
};

/** The progress (0–100) a status stands for when no explicit percentage is given; null = excluded from scores. */
export function defaultProgress(status: ProgressStatus): number | null {
  return DEFAULT_PROGRESS[status];
}

/**
 * Whether setting this status must come with a written justification.
 *
 * - NOT_APPLICABLE: yes, because it removes the action from the scores; without a reason anyone could shrink
 *   the pledge to what is already done.
 * - ABANDONED: yes as well, because dropping a public pledge is exactly what residents and auditors need explained.
 * - The other statuses describe work under way and need none.
 */
export function requiresJustification(status: ProgressStatus): boolean {
  return status === 'NOT_APPLICABLE' || status === 'ABANDONED';
}
