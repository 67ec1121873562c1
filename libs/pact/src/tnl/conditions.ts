import { findAction } from '../catalogue/catalogue';
import { EVIDENCE_KIND_LABELS, EvidenceKind } from '../evidence-kind';
import { LocalizedText } from '../i18n';
import { PROGRESS_STATUS_LABELS, ProgressStatus } from '../progress-status';
import { INVENTORY_FIGURE_LABELS, InventoryFigure, InventoryFigures } from '../software/inventory';
import { AwardedLabel } from './label';
import { pooledEvidenceCounts } from './pooling';

/** The lowest status an action must have reached for an ACTION_STATUS condition. */
export type MinimumStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE';

/** One thing a criterion may ask for. */
export type TnlCondition =
  /** At least one of the actions has reached `minStatus` (NOT_APPLICABLE and ABANDONED reach nothing). */
  | { kind: 'ACTION_STATUS'; actionCodes: string[]; minStatus: MinimumStatus }
  /** At least one evidence of one of the kinds is linked to one of the actions. */
  | { kind: 'ACTION_EVIDENCE'; actionCodes: string[]; evidenceKinds: EvidenceKind[] }
  /** At least one evidence of one of the kinds is filed under this criterion itself (see `ReadinessEvidence`). */
  | { kind: 'CRITERION_EVIDENCE'; evidenceKinds: EvidenceKind[] }
  /** The inventory figure is known and at least `min`. */
  | { kind: 'INVENTORY'; figure: InventoryFigure; min: number }
  /** The collectivity holds an awarded label, of either scale. */
  | { kind: 'AWARDED_LABEL' };

/** A criterion's alternatives: it is met when all the conditions of at least one alternative hold. */
export type TnlAlternative = readonly TnlCondition[];

export const actionStatus = (actionCodes: string[], minStatus: MinimumStatus): TnlCondition => ({
  kind: 'ACTION_STATUS',
  actionCodes,
  minStatus,
});
export const actionEvidence = (actionCodes: string[], evidenceKinds: EvidenceKind[]): TnlCondition => ({
  kind: 'ACTION_EVIDENCE',
  actionCodes,
  evidenceKinds,
});
export const criterionEvidence = (evidenceKinds: EvidenceKind[]): TnlCondition => ({
  kind: 'CRITERION_EVIDENCE',
  evidenceKinds,
});
export const inventoryAtLeast = (figure: InventoryFigure, min: number): TnlCondition => ({
  kind: 'INVENTORY',
  figure,
  min,
});
export const anyAwardedLabel = (): TnlCondition => ({ kind: 'AWARDED_LABEL' });

/** An evidence as the readiness reads it. */
export interface ReadinessEvidence {
  kind: EvidenceKind;
  /** The pact actions it is linked to. */
  actionCodes: string[];
  /**
   * The label criteria it answers directly (`TnlCriterion.id`), for the criteria no pact action covers, such as
   * those of DATA_MANAGEMENT. Optional: most evidence is linked to actions only.
   */
  criterionIds?: string[];
  /** Filed by the body that runs the commune's IT (see `pooledEvidenceCounts`); false when absent. */
  pooled?: boolean;
}

/** Everything a condition is checked against. */
export interface ReadinessFacts {
  statusOf(actionCode: string): ProgressStatus;
  evidence: readonly ReadinessEvidence[];
  figures: InventoryFigures;
  awardedLabels: readonly AwardedLabel[];
}

const STATUS_RANK: Partial<Record<ProgressStatus, number>> = { NOT_STARTED: 0, PLANNED: 1, IN_PROGRESS: 2, DONE: 3 };

/** Whether the action's status is at least `min`; NOT_APPLICABLE and ABANDONED never are. */
export function reachesStatus(status: ProgressStatus, min: MinimumStatus): boolean {
  const rank = STATUS_RANK[status];
  return rank !== undefined && rank >= (STATUS_RANK[min] ?? Infinity);
}

/** Whether a condition holds for the criterion `criterionId`. */
export function conditionHolds(condition: TnlCondition, criterionId: string, facts: ReadinessFacts): boolean {
  switch (condition.kind) {
    case 'ACTION_STATUS':
      return condition.actionCodes.some((code) => reachesStatus(facts.statusOf(code), condition.minStatus));
    case 'ACTION_EVIDENCE':
      return facts.evidence.some(
        (e) =>
          (!e.pooled || pooledEvidenceCounts(criterionId)) &&
          condition.evidenceKinds.includes(e.kind) &&
          e.actionCodes.some((code) => condition.actionCodes.includes(code)),
      );
    case 'CRITERION_EVIDENCE':
      return facts.evidence.some(
        (e) =>
          (!e.pooled || pooledEvidenceCounts(criterionId)) &&
          condition.evidenceKinds.includes(e.kind) &&
          (e.criterionIds ?? []).includes(criterionId),
      );
    case 'INVENTORY': {
      const value = facts.figures[condition.figure];
      return value !== null && value >= condition.min;
    }
    case 'AWARDED_LABEL':
      return facts.awardedLabels.length > 0;
  }
}

/** Whether every condition of an alternative holds. */
export function alternativeHolds(alternative: TnlAlternative, criterionId: string, facts: ReadinessFacts): boolean {
  return alternative.every((condition) => conditionHolds(condition, criterionId, facts));
}

const quoted = {
  fr: (text: string) => `«\u00a0${text}\u00a0»`,
  en: (text: string) => `"${text}"`,
};

function actionList(codes: readonly string[], locale: 'fr' | 'en'): string {
  const named = codes.map((code) => `${code} ${quoted[locale](findAction(code)?.title[locale] ?? '?')}`);
  if (codes.length === 1) {
    return locale === 'fr' ? `l’action ${named[0]}` : `action ${named[0]}`;
  }
  return locale === 'fr' ? `l’une des actions ${named.join(', ')}` : `one of actions ${named.join(', ')}`;
}

function kindList(kinds: readonly EvidenceKind[], locale: 'fr' | 'en'): string {
  return kinds.map((k) => quoted[locale](EVIDENCE_KIND_LABELS[k][locale])).join(locale === 'fr' ? ' ou ' : ' or ');
}

/** A condition in words, in both languages, for the list of what is missing. */
export function describeCondition(condition: TnlCondition): LocalizedText {
  switch (condition.kind) {
    case 'ACTION_STATUS': {
      const status = PROGRESS_STATUS_LABELS[condition.minStatus];
      return {
        fr: `${capitalise(actionList(condition.actionCodes, 'fr'))} au moins ${quoted.fr(status.fr.toLowerCase())}`,
        en: `${capitalise(actionList(condition.actionCodes, 'en'))} at least ${quoted.en(status.en.toLowerCase())}`,
      };
    }
    case 'ACTION_EVIDENCE':
      return {
        fr: `Une preuve ${kindList(condition.evidenceKinds, 'fr')} liée à ${actionList(condition.actionCodes, 'fr')}`,
        en: `Evidence of kind ${kindList(condition.evidenceKinds, 'en')} linked to ${actionList(condition.actionCodes, 'en')}`,
      };
    case 'CRITERION_EVIDENCE':
      return {
        fr: `Une preuve ${kindList(condition.evidenceKinds, 'fr')} rattachée à ce critère`,
        en: `Evidence of kind ${kindList(condition.evidenceKinds, 'en')} filed under this criterion`,
      };
    case 'INVENTORY': {
      const figure = INVENTORY_FIGURE_LABELS[condition.figure];
      if (figure.unit === 'count') {
        return {
          fr: `${figure.fr} (inventaire)\u00a0: au moins ${condition.min}`,
          en: `${figure.en} (inventory): at least ${condition.min}`,
        };
      }
      return {
        fr: `${figure.fr} (inventaire)\u00a0: au moins ${condition.min}\u00a0%`,
        en: `${figure.en} (inventory): at least ${condition.min} %`,
      };
    }
    case 'AWARDED_LABEL':
      return {
        fr: 'Un label Territoire Numérique Libre déjà obtenu',
        en: 'A Territoire Numérique Libre label already awarded',
      };
  }
}

/** An alternative in words: its conditions joined by "and". */
export function describeAlternative(alternative: TnlAlternative): LocalizedText {
  const parts = alternative.map(describeCondition);
  return { fr: parts.map((p) => p.fr).join(' et '), en: parts.map((p) => p.en).join(' and ') };
}

const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
