import { defaultProgress, type ProgressStatus } from '@pacte/pact';

export interface Proposal {
  commitmentId: string;
  actionCode: string;
  from: ProgressStatus;
  to: ProgressStatus;
}

export interface ProposalRow extends Proposal {
  /** The action's effective % today (its override, else its status default); null when not applicable. */
  currentPercent: number | null;
  /** The % once confirmed: the proposed status's default, since the confirmation sends no override. */
  proposedPercent: number | null;
}

/** Each proposal with the action's current % (from the commitment's progress) and the % it would get. */
export function proposalRows(
  proposals: readonly Proposal[],
  progress: readonly { actionCode: string; progress?: number | null }[],
): ProposalRow[] {
  const percentOf = new Map(progress.map((p) => [p.actionCode, p.progress ?? null]));
  return proposals.map((p) => ({
    ...p,
    currentPercent: percentOf.has(p.actionCode) ? percentOf.get(p.actionCode)! : defaultProgress(p.from),
    proposedPercent: defaultProgress(p.to),
  }));
}

/** The input of updateActionProgress that confirms a proposal: the proposed status at its default %. */
export function confirmInput(p: Proposal) {
  return { commitmentId: p.commitmentId, actionCode: p.actionCode, status: p.to, progress: null };
}
