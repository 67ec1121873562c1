import { getCatalogue } from './catalogue/catalogue';
import { CURRENT_EDITION, PactSectionNumber } from './catalogue/types';
import { LocalizedText, makeGuard } from './i18n';
import { roundScore } from './scoring';

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

/** One current verdict on one action: several auditors may each have one on the same action. */
export interface AuditedEntry {
  actionCode: string;
  verdict: AssessmentVerdict;
}

export interface AuditedSectionScore {
  section: PactSectionNumber;
  /** `computeAuditedScore` of the section's verdicts × 100, rounded to 1 decimal; null when none counts. */
  score: number | null;
  /** Actions of the section with at least one verdict. */
  actionsAssessed: number;
  /** Verdicts that enter the score (all but UNVERIFIABLE). */
  verdictsCounted: number;
}

export interface AuditedScoreSummary {
  /** `computeAuditedScore` of every verdict × 100, rounded to 1 decimal (not the mean of the sections); or null. */
  overall: number | null;
  sections: AuditedSectionScore[];
  /** How many verdicts of each kind. */
  counts: Record<AssessmentVerdict, number>;
}

const asPercent = (score: number | null): number | null => (score === null ? null : roundScore(score * 100));

/**
 * The audited scores of one collectivity, per section and overall, in percent like the self-declared scores of
 * `computeScores` so that both can be shown side by side, and never merged with them. Each verdict counts once
 * (KEPT 1, PARTIAL 0.5, NOT_ATTESTED 0, ABANDONED 0, UNVERIFIABLE excluded); an action nobody assessed is not
 * counted at all, unlike the self-declared score where it counts as not started: an audit only says what it checked.
 * Throws on an action code that the edition does not have.
 */
export function computeAuditedScores(
  entries: readonly AuditedEntry[],
  edition: string = CURRENT_EDITION,
): AuditedScoreSummary {
  const catalogue = getCatalogue(edition);
  const sectionOf = new Map(catalogue.actions.map((a) => [a.code, a.section]));
  const counts = Object.fromEntries(ASSESSMENT_VERDICTS.map((v) => [v, 0])) as Record<AssessmentVerdict, number>;
  const verdicts = new Map<PactSectionNumber, AssessmentVerdict[]>();
  const assessed = new Map<PactSectionNumber, Set<string>>();
  for (const entry of entries) {
    const section = sectionOf.get(entry.actionCode);
    if (section === undefined) {
      throw new Error(`Unknown action code "${entry.actionCode}" in pact edition "${catalogue.edition}"`);
    }
    verdictScore(entry.verdict);
    counts[entry.verdict] += 1;
    if (!verdicts.has(section)) verdicts.set(section, []);
    if (!assessed.has(section)) assessed.set(section, new Set());
    verdicts.get(section)!.push(entry.verdict);
    assessed.get(section)!.add(entry.actionCode);
  }
  const counted = (list: readonly AssessmentVerdict[]) => list.filter((v) => verdictScore(v) !== null).length;
  return {
    overall: asPercent(computeAuditedScore(entries.map((e) => e.verdict))),
    sections: catalogue.sections.map((s) => {
      const list = verdicts.get(s.number) ?? [];
      return {
        section: s.number,
        score: asPercent(computeAuditedScore(list)),
        actionsAssessed: assessed.get(s.number)?.size ?? 0,
        verdictsCounted: counted(list),
      };
    }),
    counts,
  };
}
