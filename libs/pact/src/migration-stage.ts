import { LocalizedText, makeGuard } from './i18n';

/** The stages a software of the inventory goes through on its way to a free alternative, in order. */
export const MIGRATION_STAGES = ['INVENTORY', 'PILOT', 'PARALLEL_RUN', 'DEFAULT', 'LEGACY_REMOVED'] as const;
export type MigrationStage = (typeof MIGRATION_STAGES)[number];

export const isMigrationStage = makeGuard(MIGRATION_STAGES);

export const MIGRATION_STAGE_LABELS: Record<MigrationStage, LocalizedText> = {
  INVENTORY: { fr: 'Inventaire', en: 'Inventory' },
  PILOT: { fr: 'Pilote', en: 'Pilot' },
  PARALLEL_RUN: { fr: 'Fonctionnement en parallèle', en: 'Parallel run' },
  DEFAULT: { fr: 'Par défaut', en: 'Default' },
  LEGACY_REMOVED: { fr: 'Ancien logiciel retiré', en: 'Legacy software removed' },
};

/** The position of a stage, 0 (INVENTORY) to 4 (LEGACY_REMOVED); use it to compare or sort stages. */
export function stageIndex(stage: MigrationStage): number {
  const index = MIGRATION_STAGES.indexOf(stage);
  if (index < 0) {
    throw new Error(`Unknown migration stage: ${String(stage)}`);
  }
  return index;
}
