/**
 * The label criteria a pooling body's evidence cannot meet for a commune: those that ask for the commune's own
 * political decision. The backing of the council (action 1.1, a deliberation of the council) is the commune's own;
 * the body's deliberation commits the body, not its members. Every other criterion is about the IT the body runs,
 * buys, documents or opens for its members, so the body's evidence counts for it.
 */
export const OWN_DECISION_CRITERIA: readonly string[] = ['SP-POLITICAL-BACKING'];

/** Whether an evidence filed by the pooling body (`pooled`) may meet this criterion for the commune. */
export function pooledEvidenceCounts(criterionId: string): boolean {
  return !OWN_DECISION_CRITERIA.includes(criterionId);
}
