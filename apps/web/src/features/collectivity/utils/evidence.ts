/** How many pieces of evidence each action shows at first: the `evidencePage(first: 5)` of CollectivityPage. */
export const EVIDENCE_FIRST_PAGE = 5;
/** How many more each "Voir plus" loads (ActionEvidence). */
export const EVIDENCE_MORE_PAGE = 20;

/** The offset of the `index`-th page loaded by "Voir plus" (0 for the first of them). */
export function morePageOffset(index: number): number {
  return EVIDENCE_FIRST_PAGE + index * EVIDENCE_MORE_PAGE;
}

/** How many pieces are on screen: the first page and the pages loaded since, never more than there are. */
export function evidenceShown(firstPage: number, loaded: readonly (number | undefined)[], total: number): number {
  return Math.min(
    total,
    loaded.reduce<number>((n, page) => n + (page ?? 0), firstPage),
  );
}
