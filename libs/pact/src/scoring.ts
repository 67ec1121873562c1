import { getCatalogue } from './catalogue/catalogue';
import { CURRENT_EDITION, PACT_SECTION_NUMBERS, PactCatalogue, PactSectionNumber } from './catalogue/types';
import { PROGRESS_STATUSES, ProgressStatus, defaultProgress } from './progress-status';

/** What a collectivity declares for one action. */
export interface ProgressEntry {
  actionCode: string;
  status: ProgressStatus;
  /** An explicit percentage (0–100) that overrides the status default, or null to use the default. */
  progress: number | null;
}

export interface SectionScore {
  section: PactSectionNumber;
  /** Weighted mean progress of the counted actions, in percent rounded to 1 decimal; null when none counts. */
  score: number | null;
  /** Actions of the section in the catalogue. */
  actionsTotal: number;
  /** Actions that enter the score (all but NOT_APPLICABLE). */
  actionsCounted: number;
  /** Actions whose status is DONE. */
  actionsDone: number;
}

export interface ScoreSummary {
  /** Weighted mean over every counted action of every section (not the mean of the section scores); null if none. */
  overall: number | null;
  sections: SectionScore[];
  /** How many actions of the catalogue have each status; actions without an entry count as NOT_STARTED. */
  counts: Record<ProgressStatus, number>;
}

/** Whether a value can be an explicit progress: a finite number from 0 to 100. */
export function isValidProgress(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}

/**
 * The progress (0–100) an entry stands for, or null when it is excluded from the scores.
 *
 * - NOT_APPLICABLE is always null: the action leaves the scores, whatever percentage was typed.
 * - ABANDONED is always 0: an abandoned pledge cannot keep credit for the work done before it was dropped.
 * - Otherwise an explicit percentage wins over the status default (NOT_STARTED 0, PLANNED 10, IN_PROGRESS 50,
 *   DONE 100).
 *
 * Throws a RangeError when the explicit percentage is not a finite number from 0 to 100.
 */
export function effectiveProgress(entry: Pick<ProgressEntry, 'status' | 'progress'>): number | null {
  const { status, progress } = entry;
  if (progress !== null && progress !== undefined && !isValidProgress(progress)) {
    throw new RangeError(`Progress must be a number from 0 to 100, got ${String(progress)}`);
  }
  if (status === 'NOT_APPLICABLE' || status === 'ABANDONED') {
    return defaultProgress(status);
  }
  if (!(PROGRESS_STATUSES as readonly string[]).includes(status)) {
    throw new Error(`Unknown progress status: ${String(status)}`);
  }
  return progress ?? defaultProgress(status);
}

/**
 * Whether every action of a catalogue weighs the same: the scores are then plain means, and must not be called
 * weighted ("pondéré") where people read them. True for the 2026 edition, where every weight is 1.
 */
export function hasEqualWeights(catalogue: Pick<PactCatalogue, 'actions'>): boolean {
  return catalogue.actions.every((a) => a.weight === catalogue.actions[0].weight);
}

/** Rounds a percentage to 1 decimal. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A score (1 decimal) as a whole number of tenths: sums of tenths are exact, sums of decimals in floating point not. */
export function scoreTenths(score: number): number {
  return Math.round(score * 10);
}

/**
 * The mean of scores (each already to 1 decimal), rounded to 1 decimal, from their sum in tenths and their count:
 * null when none is counted. The national figures and their monthly timeline keep (sum, count) pairs and average
 * them with this, so a figure kept as an aggregate and the same figure computed from the scores are equal.
 */
export function meanFromTenths(sumOfTenths: number, counted: number): number | null {
  return counted === 0 ? null : Math.round(sumOfTenths / counted) / 10;
}

/** The mean of the non-null scores (see {@link meanFromTenths}); null when there is none. */
export function meanOfScores(scores: readonly (number | null)[]): number | null {
  let sum = 0;
  let counted = 0;
  for (const score of scores) {
    if (score === null) continue;
    sum += scoreTenths(score);
    counted += 1;
  }
  return meanFromTenths(sum, counted);
}

interface Accumulator {
  weightedSum: number;
  weightTotal: number;
  total: number;
  counted: number;
  done: number;
}

const emptyAccumulator = (): Accumulator => ({ weightedSum: 0, weightTotal: 0, total: 0, counted: 0, done: 0 });

const meanOf = (acc: Accumulator): number | null =>
  acc.weightTotal > 0 ? roundScore(acc.weightedSum / acc.weightTotal) : null;

/**
 * Scores a set of entries against a given catalogue. `computeScores` is this function on a published edition;
 * this form exists so that scenario tests (and catalogue drafts) can use other weights.
 */
export function computeCatalogueScores(catalogue: PactCatalogue, entries: readonly ProgressEntry[]): ScoreSummary {
  const codes = new Set(catalogue.actions.map((a) => a.code));
  const byCode = new Map<string, ProgressEntry>();
  for (const entry of entries) {
    if (!codes.has(entry.actionCode)) {
      throw new Error(`Unknown action code "${entry.actionCode}" in pact edition "${catalogue.edition}"`);
    }
    if (byCode.has(entry.actionCode)) {
      throw new Error(`Several progress entries for action ${entry.actionCode}`);
    }
    byCode.set(entry.actionCode, entry);
  }

  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  const overall = emptyAccumulator();
  const sections = new Map<PactSectionNumber, Accumulator>(PACT_SECTION_NUMBERS.map((n) => [n, emptyAccumulator()]));

  for (const action of catalogue.actions) {
    const entry = byCode.get(action.code) ?? { actionCode: action.code, status: 'NOT_STARTED', progress: null };
    const progress = effectiveProgress(entry);
    counts[entry.status] += 1;
    const section = sections.get(action.section);
    if (!section) {
      throw new Error(`Action ${action.code} belongs to unknown section ${action.section}`);
    }
    for (const acc of [section, overall]) {
      acc.total += 1;
      if (entry.status === 'DONE') acc.done += 1;
      if (progress !== null) {
        acc.counted += 1;
        acc.weightedSum += action.weight * progress;
        acc.weightTotal += action.weight;
      }
    }
  }

  return {
    overall: meanOf(overall),
    sections: catalogue.sections.map((s) => {
      const acc = sections.get(s.number) ?? emptyAccumulator();
      return {
        section: s.number,
        score: meanOf(acc),
        actionsTotal: acc.total,
        actionsCounted: acc.counted,
        actionsDone: acc.done,
      };
    }),
    counts,
  };
}

/**
 * The self-declared scores of one collectivity for an edition of the pact, overall and per section.
 *
 * Every action of the catalogue is scored: one without an entry counts as NOT_STARTED (0). NOT_APPLICABLE actions
 * are left out of both numerator and denominator. Scores are weighted means of the effective progress, in percent
 * rounded to 1 decimal, null when no action counts. Throws on an unknown edition, an unknown action code, two
 * entries for the same action or a progress outside 0–100.
 */
export function computeScores(entries: readonly ProgressEntry[], edition: string = CURRENT_EDITION): ScoreSummary {
  return computeCatalogueScores(getCatalogue(edition), entries);
}
