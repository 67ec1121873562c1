import { LocalizedText, makeGuard } from './i18n';

/**
 * An association's verdict on one action of one collectivity. Shown beside the self-declared status, never merged
 * into it: the audited score is computed separately from the self-declared one.
 */
export const ASSESSMENT_VERDICTS = ['KEPT', 'PARTIAL', 'NOT_ATTESTED', 'UNVERIFIABLE', 'ABANDONED'] as const;
export type AssessmentVerdict = (typeof ASSESSMENT_VERDICTS)[number];

export const isAssessmentVerdict = makeGuard(ASSESSMENT_VERDICTS);

export const ASSESSMENT_VERDICT_LABELS: Record<AssessmentVerdict, LocalizedText> = {
  KEPT: { fr: 'Tenu', en: 'Kept' },
  PARTIAL: { fr: 'Partiel', en: 'Partial' },
  NOT_ATTESTED: { fr: 'Non attesté', en: 'Not attested' },
  UNVERIFIABLE: { fr: 'Invérifiable', en: 'Unverifiable' },
  ABANDONED: { fr: 'Abandonné', en: 'Abandoned' },
};

const VERDICT_SCORES: Record<AssessmentVerdict, number | null> = {
  KEPT: 1,
  PARTIAL: 0.5,
  NOT_ATTESTED: 0,
  // The auditor could not check: the action says nothing either way, so it is left out.
  UNVERIFIABLE: null,
  ABANDONED: 0,
};

/** The score of one verdict, 0 to 1; null = excluded from the audited score. */
export function verdictScore(verdict: AssessmentVerdict): number | null {
  const score = VERDICT_SCORES[verdict];
  if (score === undefined) {
    throw new Error(`Unknown assessment verdict: ${String(verdict)}`);
  }
  return score;
}

/**
 * The audited score of a set of verdicts: the plain mean (0 to 1, not rounded) of the verdicts that are not
 * excluded; null when none counts (no verdict, or only UNVERIFIABLE ones). Multiply by 100 to show it beside the
 * self-declared percentages of `computeScores`.
 */
export function computeAuditedScore(verdicts: readonly AssessmentVerdict[]): number | null {
  let sum = 0;
  let counted = 0;
  for (const verdict of verdicts) {
    const score = verdictScore(verdict);
    if (score !== null) {
      sum += score;
      counted += 1;
    }
  }
  return counted === 0 ? null : sum / counted;
}
