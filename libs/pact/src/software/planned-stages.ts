import { dateInWords } from '../dates';
import { LocalizedText } from '../i18n';
import { MIGRATION_STAGE_LABELS, MigrationStage, stageIndex } from '../migration-stage';

/**
 * A migration stage planned for a future day ("pilote le 1er mars 2027, par défaut le 1er septembre 2027"). A plan
 * is an intention: a planned stage never counts in the shares, the migration figures or the label readiness, which
 * read the stage reached (recorded with advanceMigrationStage). Recording a stage as reached drops the planned stages
 * it reaches or skips.
 */
export interface PlannedStage {
  stage: MigrationStage;
  /** YYYY-MM-DD: the day the stage is planned for. */
  plannedOn: string;
}

/** The most stages a plan can hold: every stage after INVENTORY, once. */
export const MAX_PLANNED_STAGES = 4;

/** The planned stages still ahead of `current` (those it reached or skipped dropped), in the stages' order. */
export function plannedStagesAhead(current: MigrationStage, planned: readonly PlannedStage[]): PlannedStage[] {
  return planned
    .filter((p) => stageIndex(p.stage) > stageIndex(current))
    .sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage))
    .map((p) => ({ stage: p.stage, plannedOn: p.plannedOn }));
}

/** Whether a planned stage's day has passed while the stage is still not recorded as reached. */
export function isPlannedStageOverdue(planned: PlannedStage, today: string): boolean {
  return planned.plannedOn < today;
}

/**
 * A planned stage in words: "Pilote : prévu le 1er mars 2027" / "Pilot: planned for 1 March 2027"; once its day has
 * passed without the stage being recorded, "… (pas encore atteint)" / "… (not reached yet)".
 */
export function plannedStageText(planned: PlannedStage, today: string): LocalizedText {
  const label = MIGRATION_STAGE_LABELS[planned.stage];
  const overdue = isPlannedStageOverdue(planned, today);
  return {
    fr: `${label.fr}\u00a0: prévu le ${dateInWords(planned.plannedOn, 'fr')}${overdue ? ' (pas encore atteint)' : ''}`,
    en: `${label.en}: planned for ${dateInWords(planned.plannedOn, 'en')}${overdue ? ' (not reached yet)' : ''}`,
  };
}
