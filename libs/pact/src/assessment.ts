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

/** One current verdict on one action: several auditors may each have one on the same action. */
export interface AuditedEntry {
  actionCode: string;
  verdict: AssessmentVerdict;
  /** The day the auditor gave the verdict (YYYY-MM-DD): the most recent verdict of an action wins. */
  assessedOn: string;
  /** When it was recorded (ISO 8601): breaks ties between verdicts of the same day. */
  recordedAt?: string;
}

/**
 * The one verdict that stands for an action, from the current verdicts of its auditors (one each): the most recent
 * (by assessment day, then by recording time) that says something, that is not UNVERIFIABLE; UNVERIFIABLE only when
 * every auditor found the action unverifiable; null when nobody assessed it. A newer verdict says what is true now
 * (a promise kept since, or given up since), whoever gives it; an auditor who could not check says nothing either way
 * and does not erase a colleague's verdict.
 */
export function combinedVerdict(
  entries: readonly Pick<AuditedEntry, 'verdict' | 'assessedOn' | 'recordedAt'>[],
): AssessmentVerdict | null {
  type Entry = (typeof entries)[number];
  let best: Entry | null = null;
  const newer = (a: Entry, b: Entry) =>
    a.assessedOn !== b.assessedOn ? a.assessedOn > b.assessedOn : (a.recordedAt ?? '') > (b.recordedAt ?? '');
  for (const entry of entries) {
    verdictScore(entry.verdict);
    if (best === null) {
      best = entry;
      continue;
    }
    const entrySays = entry.verdict !== 'UNVERIFIABLE';
    const bestSays = best.verdict !== 'UNVERIFIABLE';
    if (entrySays !== bestSays ? entrySays : newer(entry, best)) best = entry;
  }
  return best?.verdict ?? null;
}

export interface AuditedSectionScore {
  section: PactSectionNumber;
  /**
   * The audited score of the section in percent (1 decimal), on the same base as the self-declared one: the sum of
   * the scores of its actions' verdicts over `actionsTotal`, an action without a verdict (or only UNVERIFIABLE ones)
   * counting 0. Null when none of its actions was assessed.
   */
  score: number | null;
  /** Actions that enter the score: the section's actions but those the collectivity declared NOT_APPLICABLE. */
  actionsTotal: number;
  /** Of those, actions with at least one current verdict (the coverage). */
  actionsAssessed: number;
  /** Of those, actions whose verdict says something (not UNVERIFIABLE). */
  verdictsCounted: number;
}

export interface AuditedScoreSummary {
  /** The same over every action of every section (not the mean of the sections); null when nothing was assessed. */
  overall: number | null;
  actionsTotal: number;
  actionsAssessed: number;
  sections: AuditedSectionScore[];
  /** How many actions have each verdict (one verdict per action, see `combinedVerdict`). */
  counts: Record<AssessmentVerdict, number>;
}

const asPercent = (score: number | null): number | null => (score === null ? null : roundScore(score * 100));

interface AuditAccumulator {
  sum: number;
  total: number;
  assessed: number;
  counted: number;
}

/**
 * The audited scores of one collectivity, per section and overall, in percent and on the same base as the
 * self-declared scores of `computeScores` (every action of the edition but those declared NOT_APPLICABLE), so that
 * the two figures can be compared; they are shown side by side and never merged.
 *
 * - One verdict per action (`combinedVerdict`: the most recent of the auditors' current verdicts).
 * - KEPT 1, PARTIAL 0.5, NOT_ATTESTED 0, ABANDONED 0; UNVERIFIABLE and an action nobody assessed count 0: the
 *   audited score is what the audit has confirmed, so it grows with the audit's coverage (`actionsAssessed` of
 *   `actionsTotal`, shown beside it) and never exceeds what a full audit would give.
 * - A score is null only when none of its actions was assessed (no audit yet there, rather than 0 %).
 *
 * Throws on an action code that the edition does not have or an unknown verdict.
 */
export function computeAuditedScores(
  entries: readonly AuditedEntry[],
  edition: string = CURRENT_EDITION,
  options: { notApplicable?: Iterable<string> } = {},
): AuditedScoreSummary {
  const catalogue = getCatalogue(edition);
  const codes = new Set(catalogue.actions.map((a) => a.code));
  const byAction = new Map<string, AuditedEntry[]>();
  for (const entry of entries) {
    if (!codes.has(entry.actionCode)) {
      throw new Error(`Unknown action code "${entry.actionCode}" in pact edition "${catalogue.edition}"`);
    }
    verdictScore(entry.verdict);
    const list = byAction.get(entry.actionCode) ?? [];
    list.push(entry);
    byAction.set(entry.actionCode, list);
  }
  const excluded = new Set(options.notApplicable ?? []);
  const counts = Object.fromEntries(ASSESSMENT_VERDICTS.map((v) => [v, 0])) as Record<AssessmentVerdict, number>;
  const empty = (): AuditAccumulator => ({ sum: 0, total: 0, assessed: 0, counted: 0 });
  const overall = empty();
  const sections = new Map<PactSectionNumber, AuditAccumulator>(catalogue.sections.map((s) => [s.number, empty()]));
  for (const action of catalogue.actions) {
    if (excluded.has(action.code)) continue;
    const verdict = combinedVerdict(byAction.get(action.code) ?? []);
    if (verdict !== null) counts[verdict] += 1;
    const score = verdict === null ? null : verdictScore(verdict);
    for (const acc of [sections.get(action.section)!, overall]) {
      acc.total += 1;
      if (verdict !== null) acc.assessed += 1;
      if (score !== null) {
        acc.counted += 1;
        acc.sum += score;
      }
    }
  }
  const scoreOf = (acc: AuditAccumulator) => (acc.assessed === 0 ? null : asPercent(acc.sum / acc.total));
  return {
    overall: scoreOf(overall),
    actionsTotal: overall.total,
    actionsAssessed: overall.assessed,
    sections: catalogue.sections.map((s) => {
      const acc = sections.get(s.number)!;
      return {
        section: s.number,
        score: scoreOf(acc),
        actionsTotal: acc.total,
        actionsAssessed: acc.assessed,
        verdictsCounted: acc.counted,
      };
    }),
    counts,
  };
}
