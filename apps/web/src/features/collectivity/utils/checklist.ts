import { getCatalogue, type Locale, type ProgressStatus } from '@pacte/pact';
import type { CollectivityPageQuery } from '../../../generated/graphql';

export type Commitment = NonNullable<CollectivityPageQuery['collectivity']['commitment']>;
export type ActionEntry = Commitment['actions'][number];

export interface ChecklistSection {
  section: number;
  title: string;
  actions: ActionEntry[];
}

/**
 * The commitment's actions under their section of the catalogue, each in catalogue order (the catalogue is
 * @pacte/pact's, its actions in that order: the page does not ask the API for it).
 */
export function groupActionsBySection(actions: ReadonlyArray<ActionEntry>, locale: Locale): ChecklistSection[] {
  const byCode = new Map(actions.map((a) => [a.actionCode, a]));
  const catalogue = getCatalogue();
  return catalogue.sections.map((s) => ({
    section: s.number,
    title: s.title[locale],
    actions: catalogue.actions.filter((c) => c.section === s.number).flatMap((c) => byCode.get(c.code) ?? []),
  }));
}

export type StatusFilter = 'ALL' | ProgressStatus;

export function filterByStatus(actions: ReadonlyArray<ActionEntry>, filter: StatusFilter): ActionEntry[] {
  return filter === 'ALL' ? [...actions] : actions.filter((a) => a.status === filter);
}

/** Milestones soonest first; reached ones keep their date order too. */
export function sortMilestones<T extends { date: string }>(milestones: ReadonlyArray<T>): T[] {
  return [...milestones].sort((a, b) => a.date.localeCompare(b.date));
}

/** The id of an action on a collectivity page, for links to it: `action-1.3` (`…/collectivite/commune/38151#action-1.3`). */
export function actionAnchor(actionCode: string): string {
  return `action-${actionCode}`;
}
