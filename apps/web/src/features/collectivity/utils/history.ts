import type { CollectivityHistoryQuery } from '../../../generated/graphql';

export type HistoryEvent = CollectivityHistoryQuery['collectivity']['history'][number];

/** Appends a page of older entries, ignoring any already shown (a page may overlap after new writes). */
export function mergeHistoryPages(
  shown: ReadonlyArray<HistoryEvent>,
  page: ReadonlyArray<HistoryEvent>,
): HistoryEvent[] {
  const seen = new Set(shown.map((e) => e.id));
  return [...shown, ...page.filter((e) => !seen.has(e.id))];
}
